"""Scale-out: the pipeline over many input files (shards), locally or on a Dask cluster.

Each shard (a WARC or JSON Lines file, or any file ``dateline ingest`` reads) becomes one
Parquet partition written atomically, and a manifest records which shards are finished
with their content fingerprint, so a re-run skips them and a killed run resumes.
``load_run`` merges the partitions into the DuckDB store.
"""

from __future__ import annotations

from dateline.scale.load import LoadReport, load_run
from dateline.scale.manifest import MANIFEST_NAME, Manifest, ShardEntry
from dateline.scale.run import RunReport, run_shards
from dateline.scale.shards import Shard, list_shards

__all__ = [
    "MANIFEST_NAME",
    "LoadReport",
    "Manifest",
    "RunReport",
    "Shard",
    "ShardEntry",
    "list_shards",
    "load_run",
    "run_shards",
]
