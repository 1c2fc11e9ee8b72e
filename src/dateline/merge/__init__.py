"""Merge: reports of one real-world event from several articles become one incident.

``near_duplicates`` links reprints of one article (MinHash/LSH over word shingles) so they
are not counted as independent sources; ``corroborate`` decides when two events reported
by different articles are the same event; ``incidents`` builds the merged record. The
store runs them as each article is stored (``dateline.store.incidents``).
"""

from __future__ import annotations

from dateline.merge.corroborate import (
    MergeRules,
    Report,
    cluster,
    compatible,
    conflicts,
    incompatibility,
    merge_rules,
)
from dateline.merge.incidents import Member, incident_record, representative
from dateline.merge.near_duplicates import DuplicateIndex, Signature, count_distinct, signature

__all__ = [
    "DuplicateIndex",
    "Member",
    "MergeRules",
    "Report",
    "Signature",
    "cluster",
    "compatible",
    "conflicts",
    "count_distinct",
    "incident_record",
    "incompatibility",
    "merge_rules",
    "representative",
    "signature",
]
