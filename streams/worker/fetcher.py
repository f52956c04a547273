"""A fix for faust-streaming 0.15.3: the fetcher must not drop a message on a pause.

Faust's fetcher loop (``Consumer._drain_messages``) hands each fetched message
to the streams and waits for that or for flow control to be suspended
(a rebalance, a stop), whichever comes first. When the suspension comes first,
the hand-over is cancelled but the partition's read offset still moves past
the message, and the loop goes on with the rest of the fetched batch once flow
resumes: the message is never seen by its agent in this process. Its offset
is never committed either, so a restart reads it again; but a worker that goes
on running misses it (the sequencer then releases without it), and Faust's
commit check lets a single missing offset at the head be committed past.

The patched loop stops handing out the fetched batch at the first message
that could not be delivered, leaves the read offset before it, and, once flow
is active again, seeks every assigned partition back to its committed offset,
so the message and everything after it are delivered again (agents are
idempotent per event, so a repeat is harmless). Everything else is the loop
as faust-streaming 0.15.3 has it; :func:`patch_fetcher` refuses another
version, where this must be checked again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, cast

import faust
from faust.transport import consumer as faust_consumer

log = logging.getLogger(__name__)

PATCHED_VERSION = "0.15.3"


async def _drain_messages(self: Any, fetcher: Any) -> None:  # pragma: no cover - Faust's loop
    callback = self.callback
    getmany = self.getmany
    consumer_should_stop = self._stopped.is_set
    fetcher_should_stop = fetcher._stopped.is_set
    get_read_offset = self._read_offset.__getitem__
    set_read_offset = self._read_offset.__setitem__
    set_flag = self.diag.set_flag
    unset_flag = self.diag.unset_flag
    commit_every = self._commit_every
    acks_enabled_for = self.app.topics.acks_enabled_for
    suspend_flow = self.suspend_flow
    yield_every = 100
    num_since_yield = 0
    reseek = False
    try:
        while not (consumer_should_stop() or fetcher_should_stop()):
            if reseek and self.flow_active:
                # Deliver again what a pause cut off: back to the committed offsets.
                await self.perform_seek()
                reseek = False
            set_flag(faust_consumer.CONSUMER_FETCHING)
            ait = getmany(timeout=1.0)
            await self.sleep(0)
            if not self.should_stop:
                async for tp, message in ait:
                    num_since_yield += 1
                    if num_since_yield > yield_every:
                        await asyncio.sleep(0)
                        num_since_yield = 0
                    offset = message.offset
                    r_offset = get_read_offset(tp)
                    if r_offset is None or offset >= r_offset:
                        gap = offset - (r_offset or 0)
                        if gap > 1 and r_offset and acks_enabled_for(message.topic):
                            await self._add_gap(tp, r_offset + 1, offset)
                        if commit_every is not None and self._n_acked >= commit_every:
                            self._n_acked = 0
                            await self.commit()
                        delivery = callback(message)
                        results = await self.wait_first(delivery, suspend_flow.wait())
                        if delivery not in results.done:
                            # Not handed over: keep the read offset before it and
                            # read it (and what follows) again once flow resumes.
                            reseek = True
                            break
                        set_read_offset(tp, offset)
                unset_flag(faust_consumer.CONSUMER_FETCHING)
    except self.consumer_stopped_errors:
        if self.transport.app.should_stop:
            return
        raise
    except asyncio.CancelledError:
        if self.transport.app.should_stop:
            return
        raise
    finally:
        unset_flag(faust_consumer.CONSUMER_FETCHING)


def patch_fetcher() -> None:
    """Install the loop above on Faust's consumer (idempotent)."""
    if faust.__version__ != PATCHED_VERSION:
        raise RuntimeError(
            f"streams/worker/fetcher.py patches faust-streaming {PATCHED_VERSION}, "
            f"not {faust.__version__}: check its Consumer._drain_messages again"
        )
    consumer_class = cast(Any, faust_consumer.Consumer)
    consumer_class._drain_messages = _drain_messages
