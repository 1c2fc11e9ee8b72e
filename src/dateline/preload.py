"""Imported by the fork server that starts worker processes, for its side effect: the
pipeline warmed up once there (``pipeline.warm_up``), so that every worker forked from it
starts with the models, the gazetteer and the lexicons already loaded, instead of spending
its first seconds loading its own copy. Importing it anywhere else only costs that time.
"""

from __future__ import annotations

from dateline.pipeline import warm_up

warm_up()
