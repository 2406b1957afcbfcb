"""A local model through transformers: a base model folder plus an optional LoRA adapter.

On a CUDA machine the base loads in 4-bit NF4 (bitsandbytes, double quantisation,
bf16 compute), which is how an 8B model fits a 24 GB card; on a CPU it loads in
float32, the fastest dtype for CPU matmuls. Greedy decoding by default, so the
same question gives the same draft.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

from ..errors import BackendError
from .base import CLOSED_FENCE, Message

log = logging.getLogger(__name__)

QUANTIZE_CHOICES = ("auto", "nf4", "none")
# Under a grammar a loop is one list item again and again (``A.X, A.X, A.X``): a few tokens a turn,
# caught after about five turns rather than the 64 tokens free text gets.
GRAMMAR_LOOP = (24, 8)  # window, longest period (is_looping)


def _closed_fence_criterion(tokenizer, prompt_length: int):
    """Stop once the reply's first code block has closed.

    Callers want the query (or the reviewer's JSON) in that block; the prose a
    small model adds after it is never used and costs seconds per answer on a CPU.
    """
    import torch
    from transformers import StoppingCriteria

    class ClosedFence(StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            new = input_ids[0, prompt_length:].tolist()
            done = is_looping(new)
            # cheap test first: only a token holding a backtick can close a fence
            if not done and "`" in tokenizer.decode(new[-1:], skip_special_tokens=True):
                done = bool(CLOSED_FENCE.search(tokenizer.decode(new, skip_special_tokens=True)))
            return torch.full(
                (input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device
            )

    return ClosedFence()


def _grammar_processor(constraint, prompt_length: int):
    """Mask every token the grammar does not allow next (llguidance), consuming each token chosen."""
    import torch
    from transformers import LogitsProcessor

    class GrammarLogits(LogitsProcessor):
        def __call__(self, input_ids, scores):
            if not constraint.follow(input_ids[0, prompt_length:].tolist()):
                raise BackendError(f"the decoder left the grammar: {constraint.error[:200]}")
            allowed = torch.from_numpy(constraint.allowed()).to(scores.device)
            return scores.masked_fill(~allowed[: scores.shape[-1]], float("-inf"))

    return GrammarLogits()


def _grammar_criterion(constraint, prompt_length: int, tokenizer=None, stop=None):
    """Stop once the grammar is complete (only the end token may follow), or at the first point where the
    text could end once the reply loops or ``stop(text)`` says so (never in the middle of a name)."""
    import torch
    from transformers import StoppingCriteria

    class GrammarDone(StoppingCriteria):
        def __call__(self, input_ids, scores, **kwargs):
            new = input_ids[0, prompt_length:].tolist()
            # the token just chosen is not consumed until the next mask: take it first, so a loop
            # is ended only where the text really may end (not after "JCCM.Contract" of "ContractAmt")
            if not constraint.follow(new):
                raise BackendError(f"the decoder left the grammar: {constraint.error[:200]}")
            done = constraint.done or (
                constraint.accepting
                and (
                    is_looping(new, *GRAMMAR_LOOP)
                    or (stop is not None and stop(tokenizer.decode(new, skip_special_tokens=True)))
                )
            )
            return torch.full(
                (input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device
            )

    return GrammarDone()


def is_looping(tokens: list[int], window: int = 64, max_period: int = 16) -> bool:
    """Whether the last ``window`` tokens repeat one short cycle (``1.1.1.1.``, ``JCCM_JCCM_``).

    Greedy decoding of a small model can fall into such a loop and would burn the
    whole token budget (minutes on a CPU) on text that holds no query.

    >>> is_looping([5, 6] * 40)
    True
    >>> is_looping(list(range(60)))
    False
    """
    if len(tokens) < window:
        return False
    tail = tokens[-window:]
    return any(
        all(tail[i] == tail[i - p] for i in range(p, window)) for p in range(1, max_period + 1)
    )


def adapter_base(adapter_path: Path) -> str:
    """The base model an adapter was trained on, as recorded in its adapter_config.json."""
    try:
        config = json.loads(
            (Path(adapter_path) / "adapter_config.json").read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        return ""
    return str(config.get("base_model_name_or_path") or "")


class TransformersBackend:
    """Loads once, then answers many ``generate`` calls (the CLI's ``--questions`` and the app rely on that).

    ``generate(..., grammar=GBNF)`` constrains decoding with llguidance: a token the grammar does not
    allow next is masked before it can be chosen, so the reply is always a prefix of a text the grammar
    accepts (the whole text, unless ``max_new_tokens`` ran out first).
    """

    grammar_mode = "llguidance"

    def __init__(
        self,
        model_path: str | Path,
        *,
        adapter_path: str | Path | None = None,
        threads: int = 1,
        max_new_tokens: int = 384,
        temperature: float = 0.0,
        quantize: str = "auto",
        stop_after_code_block: bool = True,
    ) -> None:
        if quantize not in QUANTIZE_CHOICES:
            raise BackendError(
                f"quantize must be one of {', '.join(QUANTIZE_CHOICES)}, not {quantize!r}"
            )
        self.model_path = Path(model_path)
        self.adapter_path = Path(adapter_path) if adapter_path else None
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.stop_after_code_block = stop_after_code_block
        if not (self.model_path / "config.json").is_file():
            raise BackendError(
                f"no model at {self.model_path} (config.json missing): run `vgpt models prepare` "
                "for the default model, or set model_path to a local transformers model folder"
            )
        if self.adapter_path and not (self.adapter_path / "adapter_config.json").is_file():
            raise BackendError(
                f"no LoRA adapter at {self.adapter_path} (adapter_config.json missing)"
            )
        self.name = f"transformers:{self.model_path.name}" + (
            f"+{self.adapter_path.name}" if self.adapter_path else ""
        )

        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        # Measured: on a busy 2-core machine torch's default threads are 3-4x slower than 1.
        if threads and threads > 0:
            torch.set_num_threads(threads)
        started = time.perf_counter()
        cuda = torch.cuda.is_available()
        kwargs: dict = {}
        if cuda and quantize in ("auto", "nf4"):
            from transformers import BitsAndBytesConfig

            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True,
                bnb_4bit_quant_type="nf4",
                bnb_4bit_use_double_quant=True,
                bnb_4bit_compute_dtype=torch.bfloat16,
            )
            kwargs["device_map"] = {"": 0}
            self.quantization = "nf4"
        elif quantize == "nf4":
            # bitsandbytes runs NF4 on the CPU too (slower than fp32, but smaller)
            from transformers import BitsAndBytesConfig

            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.float32
            )
            self.quantization = "nf4"
        else:
            kwargs["dtype"] = torch.bfloat16 if cuda else torch.float32
            if cuda:
                kwargs["device_map"] = {"": 0}
            self.quantization = "none"
        # A tuned adapter may carry its own tokenizer (added tokens, template); prefer it.
        tokenizer_source = (
            self.adapter_path
            if self.adapter_path and (self.adapter_path / "tokenizer_config.json").is_file()
            else self.model_path
        )
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_source, local_files_only=True)
            model = AutoModelForCausalLM.from_pretrained(
                self.model_path, local_files_only=True, **kwargs
            )
            if self.adapter_path:
                from peft import PeftModel

                model = PeftModel.from_pretrained(
                    model, str(self.adapter_path), local_files_only=True
                )
        except BackendError:
            raise
        except Exception as exc:  # transformers/peft raise many kinds; the user needs one message
            raise BackendError(
                f"cannot load model {self.model_path}"
                + (f" with adapter {self.adapter_path}" if self.adapter_path else "")
                + f": {type(exc).__name__}: {exc}"
            ) from exc
        if not self.tokenizer.chat_template:
            raise BackendError(f"{tokenizer_source} has no chat template; a chat model is required")
        model.eval()
        self.model = model
        self.device = next(model.parameters()).device
        self.load_seconds = time.perf_counter() - started
        self.last_stats: dict = {}
        # One model, many callers (the chat app's sessions): generate one reply at a time.
        self._lock = threading.Lock()
        log.info(
            "loaded %s in %.1fs on %s (%s)",
            self.name,
            self.load_seconds,
            self.device,
            self.quantization,
        )

    def generate(
        self,
        messages: list[Message],
        *,
        stream: bool = False,
        max_new_tokens: int | None = None,
        grammar: str | None = None,
        stop: Callable[[str], bool] | None = None,
    ) -> str | Iterator[str]:
        inputs, kwargs = self._prepare(messages, max_new_tokens, grammar, stop)
        if stream:
            return self._stream(inputs, kwargs)
        import torch

        started = time.perf_counter()
        with self._lock, torch.inference_mode():
            output = self.model.generate(
                **inputs, **{k: v for k, v in kwargs.items() if not k.startswith("_")}
            )
        new = output[0, inputs["input_ids"].shape[1] :]
        self._record(len(new), started, inputs, kwargs)
        return self.tokenizer.decode(new, skip_special_tokens=True)

    def _prepare(
        self,
        messages: list[Message],
        max_new_tokens: int | None,
        grammar: str | None = None,
        stop: Callable[[str], bool] | None = None,
    ) -> tuple[dict, dict]:
        if not messages:
            raise BackendError("no messages to answer")
        inputs = self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
        )
        inputs = {k: v.to(self.device) for k, v in inputs.items()}
        sample = self.temperature > 0
        kwargs = {
            "max_new_tokens": max_new_tokens or self.max_new_tokens,
            "do_sample": sample,
            "pad_token_id": self.tokenizer.pad_token_id
            if self.tokenizer.pad_token_id is not None
            else self.tokenizer.eos_token_id,
        }
        prompt_length = inputs["input_ids"].shape[1]
        if grammar:
            from transformers import LogitsProcessorList, StoppingCriteriaList

            from .constrain import TokenConstraint, hf_lltokenizer

            constraint = TokenConstraint(
                hf_lltokenizer(self.tokenizer),
                grammar,
                vocab_size=self.model.get_output_embeddings().weight.shape[0],
            )
            kwargs["logits_processor"] = LogitsProcessorList(
                [_grammar_processor(constraint, prompt_length)]
            )
            kwargs["stopping_criteria"] = StoppingCriteriaList(
                [_grammar_criterion(constraint, prompt_length, self.tokenizer, stop)]
            )
            kwargs["_constraint"] = constraint
        elif self.stop_after_code_block:
            from transformers import StoppingCriteriaList

            kwargs["stopping_criteria"] = StoppingCriteriaList(
                [_closed_fence_criterion(self.tokenizer, prompt_length)]
            )
        if sample:
            kwargs["temperature"] = self.temperature
        else:  # silence "temperature is set but do_sample is False" from a generation_config
            kwargs.update(temperature=None, top_p=None, top_k=None)
        return inputs, kwargs

    def _stream(self, inputs: dict, kwargs: dict) -> Iterator[str]:
        import torch
        from transformers import TextIteratorStreamer

        streamer = TextIteratorStreamer(
            self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=600
        )
        generate_kwargs = {k: v for k, v in kwargs.items() if not k.startswith("_")}
        failure: list[BaseException] = []
        counted: list[int] = []

        def work() -> None:
            try:
                with self._lock, torch.inference_mode():
                    out = self.model.generate(**inputs, **generate_kwargs, streamer=streamer)
                counted.append(out.shape[1] - inputs["input_ids"].shape[1])
            except (
                BaseException
            ) as exc:  # surface it in the consumer, not as a lost thread traceback
                failure.append(exc)
                streamer.on_finalized_text("", stream_end=True)

        started = time.perf_counter()
        thread = threading.Thread(target=work, name="vgpt-generate", daemon=True)
        thread.start()
        try:
            for piece in streamer:
                if piece:
                    yield piece
        finally:
            thread.join()
        if failure:
            raise BackendError(
                f"generation failed: {type(failure[0]).__name__}: {failure[0]}"
            ) from failure[0]
        self._record(counted[0] if counted else 0, started, inputs, kwargs)

    def _record(
        self, tokens: int, started: float, inputs: dict | None = None, kwargs: dict | None = None
    ) -> None:
        seconds = time.perf_counter() - started
        self.last_stats = {
            "new_tokens": int(tokens),
            "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds, 2) if seconds > 0 else None,
            "prompt_tokens": int(inputs["input_ids"].shape[1]) if inputs else None,
            "constrained": "llguidance" if kwargs and "_constraint" in kwargs else None,
        }
        constraint = (kwargs or {}).get("_constraint")
        if constraint is not None and constraint.steps:
            self.last_stats["mask_ms_per_token"] = round(
                1000 * constraint.mask_seconds / constraint.steps, 3
            )
