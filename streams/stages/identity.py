"""Stage 2: identity resolution across channels.

A touchpoint carries one or more typed identifiers (``CustomerRef.identifiers()``:
``id:c-42``, ``email:eric@example.com``, ``phone:+33612345678``, ``handle:eric``).
Identifiers seen on the same touchpoint belong to the same person, so
:meth:`IdentityGraph.resolve` links them; later touchpoints under any one of
them land on the same *canonical customer key*:

- the customer id (bare, ``c-42``, like ``CustomerRef.best_key()``) when any
  linked identifier is an ``id:``;
- otherwise the first identifier ever seen for that person (``handle:eric``).

When one touchpoint links identifiers that so far belonged to two different
customers, the two are merged: the customer with a customer id (or else the
older one) absorbs the other, every identifier of the absorbed one is re-pointed,
and a :class:`MergeRecord` (identifiers, into, from_key, event_id, at) is
appended to the surviving customer's record. Two different customer ids are
never merged (a shared family e-mail must not fuse two CRM customers): the
touchpoint goes to its own customer id and the conflict is reported in
:attr:`Resolution.conflicts`.

Storage. The graph lives in a plain ``MutableMapping[str, dict]`` with two kinds
of entries, so the worker can hand it a Faust table (``store=table``) and every
mutation is a table write:

- ``<identifier>`` -> ``{"key": canonical, "event_id": first linking event, "at": iso}``
- ``cluster:<canonical>`` -> ``{"members": [...], "merges": [MergeRecord...],
  "created_at": iso}``; an absorbed customer keeps a tombstone
  ``{"merged_into": key, ...}`` so a stale key still finds its survivor.

Restart safety. Faust writes each table mutation to the table's changelog topic
and restores the table from it before the agent resumes, so links and merge
records survive a restart. Offsets are committed after the writes; an event
replayed after a crash re-resolves to the same key and produces no new links or
merges (resolution is idempotent: links already exist, and a merge is recorded
once per (event_id, from_key)). The agent that resolves identity must see every
identifier of the event in one table: run it on a single-partition topic (dict
look-ups: far above the stream's rate) or key the table by a constant shard.
:meth:`IdentityGraph.entries_to_store` returns only the entries changed since the
last call, for a worker that keeps the graph in memory and writes the deltas.

Case references. A case reference our reply gives a customer ("we've logged it as
KOR-192352") is remembered as theirs: ``case:<REF>`` -> their key, listed in their
cluster's ``cases``. A touchpoint whose identifiers are all new, with no customer id
and no account, that names such a reference belongs to that customer: the social
post under a handle never seen ("@Kornelo still nothing on case KOR-192352") is the
same person's, its handle linked to them. A reference two customers name (B2B
colleagues citing each other's case, an incident's code quoted by many) is
``SHARED`` and links nobody; a reference never given by our reply links nobody
either, and a reference never merges two known customers.

Limitation: merging customers re-keys their state. A customer's state is keyed
by the canonical key, so after a merge the absorbed state (under ``from_key``)
must be folded into the survivor's (:func:`merge_states`) and deleted. Both keys
may live on different partitions; the worker sends a "re-key" message keyed by
the survivor carrying the absorbed state, and the survivor's partition folds it
in. Alerts already raised under the absorbed key keep that key.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from schemas.models import CustomerRef

CLUSTER_PREFIX = "cluster:"
ID_PREFIX = "id:"
CASE_PREFIX = "case:"
#: A case reference two customers named: it tells nobody apart.
SHARED = ""


@dataclass(frozen=True)
class MergeRecord:
    """Two customers found to be one person, and the touchpoint that showed it."""

    identifiers: list[str]
    into: str
    from_key: str
    event_id: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MergeRecord:
        return cls(
            identifiers=list(data["identifiers"]),
            into=str(data["into"]),
            from_key=str(data["from_key"]),
            event_id=str(data["event_id"]),
            at=str(data["at"]),
        )


@dataclass
class Resolution:
    """Where one touchpoint belongs, and what it changed in the graph."""

    customer_key: str
    new_links: list[str] = field(default_factory=list)
    merges: list[MergeRecord] = field(default_factory=list)
    #: Identifiers that stay with another customer id (never merged).
    conflicts: list[str] = field(default_factory=list)
    #: The case reference that tied new identifiers to a known customer, if one did.
    by_case: str | None = None


def canonical_of(identifier: str) -> str:
    """The key a lone identifier gives its customer: the bare id for ``id:``."""
    return identifier[len(ID_PREFIX) :] if identifier.startswith(ID_PREFIX) else identifier


def new_cluster(at: str) -> dict[str, Any]:
    return {"members": [], "merges": [], "created_at": at}


class IdentityGraph:
    """Identifier -> canonical customer key, with merge records; pure and deterministic."""

    def __init__(
        self, store: MutableMapping[str, Any] | None = None, track_changes: bool = True
    ) -> None:
        """``track_changes``: remember the names written for :meth:`entries_to_store`.

        A graph over a Faust table needs no such list (every write is a changelog
        record already), and it would grow by a name for every identifier ever
        seen: 8 MiB at 100,000 customers.
        """
        self.store: MutableMapping[str, Any] = store if store is not None else {}
        self.track_changes = track_changes
        self._dirty: set[str] = set()

    # ------------------------------------------------------------ queries --
    def key_of(self, identifier: str) -> str | None:
        """The customer key of an identifier; entries are that key (before: ``{"key": ...}``)."""
        entry = self.store.get(identifier)
        if entry is None or isinstance(entry, str):
            return entry
        return str(entry["key"])

    def members(self, key: str) -> list[str]:
        cluster = self.store.get(CLUSTER_PREFIX + key)
        return [] if cluster is None else list(cluster.get("members", []))

    def merges_of(self, key: str) -> list[MergeRecord]:
        cluster = self.store.get(CLUSTER_PREFIX + key)
        merges = [] if cluster is None else cluster.get("merges", [])
        return [MergeRecord.from_json(m) for m in merges]

    def survivor(self, key: str) -> str:
        """Follow merge tombstones: the key a (possibly absorbed) customer lives under now."""
        seen = {key}
        while True:
            cluster = self.store.get(CLUSTER_PREFIX + key)
            target = None if cluster is None else cluster.get("merged_into")
            if not target or target in seen:
                return key
            seen.add(target)
            key = str(target)

    def all_merges(self) -> list[MergeRecord]:
        found = [
            MergeRecord.from_json(m)
            for name, value in self.store.items()
            if name.startswith(CLUSTER_PREFIX) and "merged_into" not in value
            for m in value.get("merges", [])
        ]
        return sorted(found, key=lambda m: (m.at, m.event_id, m.from_key))

    # ----------------------------------------------------------- resolve --
    def resolve(
        self,
        ref: CustomerRef,
        event_id: str,
        occurred_at: datetime,
        cases: Collection[str] = (),
        ours: bool = False,
    ) -> Resolution:
        """Link the touchpoint's identifiers; return its canonical customer key.

        ``cases``: the case references the touchpoint names; ``ours``: it is our reply,
        so the references are ones we gave (see "Case references" above).
        """
        at = occurred_at.isoformat()
        identifiers = ref.identifiers()
        own_id = next((i for i in identifiers if i.startswith(ID_PREFIX)), None)
        keys: list[str] = []
        for identifier in identifiers:
            key = self.key_of(identifier)
            if key is not None and key not in keys:
                keys.append(key)
        by_case = None
        if own_id is not None:
            target = canonical_of(own_id)
        elif keys:
            target = self._oldest(keys)
        else:
            by_case = None if ref.account_id else self._case_of_one(cases)
            owner = self.case_owner(by_case) if by_case else None
            target = owner or canonical_of(identifiers[0])
        resolution = Resolution(customer_key=target, by_case=by_case)
        cluster_key = CLUSTER_PREFIX + target
        target_has_id = own_id is not None or self._has_customer_id(target)
        for key in keys:
            if key == target:
                continue
            if target_has_id and self._has_customer_id(key):
                # Two CRM customers share an identifier: keep them apart.
                resolution.conflicts.extend(i for i in identifiers if self.key_of(i) == key)
                continue
            if cluster_key not in self.store:
                self._put(cluster_key, new_cluster(at))
            resolution.merges.append(self._merge(key, target, identifiers, event_id, at))
        new_links = [i for i in identifiers if self.key_of(i) is None]
        if new_links:
            # One write per identifier and one for the cluster: every write
            # is a changelog record of the global table. An identifier's entry
            # is its key alone (when and by which event it was linked is in the
            # cluster's history): a str, not a dict of three, for each of the
            # graph's identifiers in memory.
            for identifier in new_links:
                self._put(identifier, target)
            cluster = dict(self.store.get(cluster_key) or new_cluster(at))
            cluster["members"] = [*cluster.get("members", []), *new_links]
            self._put(cluster_key, cluster)
            resolution.new_links.extend(new_links)
        elif cluster_key not in self.store:
            self._put(cluster_key, new_cluster(at))
        self._note_cases(cases, target, ours)
        return resolution

    def case_owner(self, reference: str) -> str | None:
        """The customer our reply gave this case reference to; None if nobody or shared."""
        return self.store.get(CASE_PREFIX + reference) or None

    def _case_of_one(self, cases: Collection[str]) -> str | None:
        """The reference that names one customer, when the references named point to one."""
        owned = {ref: self.case_owner(ref) for ref in sorted(cases)}
        owners = {owner for owner in owned.values() if owner}
        if len(owners) != 1:
            return None
        return next(ref for ref, owner in owned.items() if owner)

    def _note_cases(self, cases: Collection[str], key: str, ours: bool) -> None:
        """Our reply makes a new reference the customer's; another customer naming a
        reference (in our reply or their own words) makes it shared."""
        given = []
        for ref in sorted(cases):
            name = CASE_PREFIX + ref
            owner = self.store.get(name)
            if owner is None and ours:
                self._put(name, key)
                given.append(name)
            elif owner and owner != key:
                self._put(name, SHARED)
        if given:
            cluster = dict(self.store[CLUSTER_PREFIX + key])
            cluster["cases"] = [*cluster.get("cases", []), *given]
            self._put(CLUSTER_PREFIX + key, cluster)

    def _has_customer_id(self, key: str) -> bool:
        return any(m.startswith(ID_PREFIX) for m in self.members(key))

    def _oldest(self, keys: list[str]) -> str:
        """Among identifier-only customers, the one created first (a customer id wins)."""
        with_id = [k for k in keys if self._has_customer_id(k)]
        if with_id:
            return with_id[0]

        def created(key: str) -> tuple[str, str]:
            cluster = self.store.get(CLUSTER_PREFIX + key) or {}
            return (str(cluster.get("created_at", "")), key)

        return min(keys, key=created)

    def _merge(
        self, from_key: str, into: str, identifiers: list[str], event_id: str, at: str
    ) -> MergeRecord:
        absorbed = dict(self.store.get(CLUSTER_PREFIX + from_key) or {})
        moved = list(absorbed.get("members", []))
        for identifier in moved:
            self._put(identifier, into)
        cases = list(absorbed.get("cases", []))
        for name in cases:
            if self.store.get(name):  # a shared one stays shared
                self._put(name, into)
        record = MergeRecord(sorted(identifiers), into, from_key, event_id, at)
        survivor = dict(self.store[CLUSTER_PREFIX + into])
        survivor["members"] = [*survivor.get("members", []), *moved]
        if cases:
            survivor["cases"] = [*survivor.get("cases", []), *cases]
        merges = [*survivor.get("merges", []), *absorbed.get("merges", [])]
        if not any(m["event_id"] == event_id and m["from_key"] == from_key for m in merges):
            merges.append(record.to_json())
        survivor["merges"] = sorted(merges, key=lambda m: (m["at"], m["event_id"]))
        self._put(CLUSTER_PREFIX + into, survivor)
        self._put(
            CLUSTER_PREFIX + from_key,
            {"merged_into": into, "members": moved, "merges": absorbed.get("merges", [])},
        )
        return record

    def forget(self, names: list[str]) -> None:
        """Delete entries (an erasure): a tombstone each in the table's changelog."""
        for name in names:
            if name in self.store:
                del self.store[name]
            self._dirty.discard(name)

    def _put(self, name: str, value: dict[str, Any] | str) -> None:
        self.store[name] = value
        if self.track_changes:
            self._dirty.add(name)

    # ------------------------------------------------------ persistence --
    def entries_to_store(self) -> dict[str, dict[str, Any] | str]:
        """Entries changed since the last call (identifier -> key, ``cluster:`` key -> cluster)."""
        changed = {name: _copy(self.store[name]) for name in sorted(self._dirty)}
        self._dirty.clear()
        return changed

    def to_json(self) -> dict[str, Any]:
        return {"entries": {name: self.store[name] for name in sorted(self.store)}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IdentityGraph:
        return cls(dict(data.get("entries", {})))


def _copy(entry: Any) -> Any:
    """A cluster's dict copied (the caller may change it); an identifier's key as is."""
    return dict(entry) if isinstance(entry, dict) else entry
