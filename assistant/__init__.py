"""VGPT runtime: catalog, validator, retrieval, model backends and the chat app."""

import os

# Our users run on locked-down networks: nothing may phone home or fetch weights
# from a hub at run time. Set before any HF/Chroma import; users can still override.
for _name, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_name, _value)
