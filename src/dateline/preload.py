"""Imported by the fork server that starts worker processes, for its side effect: the
pipeline warmed up once there (``pipeline.warm_up``), so that every worker forked from it
starts with the models, the gazetteer and the lexicons already loaded, instead of spending
its first seconds loading its own copy. Importing it anywhere else only costs that time.

What is loaded then stays for the life of every worker, so it is frozen out of the
cyclic garbage collector: a full collection would otherwise walk its 600,000 objects
(~0.2 s each time), and touching them would copy the pages the workers share.
"""

from __future__ import annotations

import gc

from dateline.pipeline import warm_up

warm_up()
gc.freeze()
