"""The fine-tuning dataset: Alpaca records generated from the catalog, gated by the validator.

``build_dataset(catalog, seed=...)`` returns the records split by table family
with their statistics; ``write_dataset`` writes train/eval JSON, LLaMA-Factory's
``dataset_info.json`` and ``dataset_card.md``.
"""

from .build import DEFAULT_SEED, DatasetBuild, build_dataset
from .writer import dataset_info, write_dataset

__all__ = ["DEFAULT_SEED", "DatasetBuild", "build_dataset", "dataset_info", "write_dataset"]
