"""A rebuild: the analysis tables brought up to date for a few changed notices, touching only what they reach.

Each part is recomputed over a set of notices that is closed for it, so its rows come out as a full
analysis would write them:
- request families: the technology groups a changed notice was or is in, grouped again whole;
- template families: the components of the wordings a changed notice used or uses (template_state);
- lifecycle links: every link into a notice that a changed notice can reach (by a reference it
  carries or quotes, or through its request family), from all the notices those links can come from;
- consistency flags: the (authority, technology) and family groups a changed notice was or is in.
"""

import json
import pickle
import time

import numpy as np

from . import cache, consistency, sketch, corpus, lifecycle, requests, stages, store, template_state
from .corpus import MIN_PASSAGE_CHARS


def dirty_notices(db, changed_notice_ids) -> list[str]:
    """Notices named as changed; and when there are not as many notices as were last analysed, every
    notice added or removed, or whose file hash is not the one last analysed.

    Reading every notice's hash costs a third of a second at 100,000 notices (the hashes sit in the
    notice rows, beside their text), so it is done only when the counts show a notice came or went
    that the caller did not name.
    """
    dirty = set(changed_notice_ids)
    present = db.execute("select count(*) from notices").fetchone()[0]
    analysed = db.execute(f"select count(*) from [{stages.TABLE}]").fetchone()[0]
    named = [nid for nid in dirty]
    known = {nid for (nid,) in store.in_chunks(db, "select id from notices where id in (?)", named)}
    was = {nid for (nid,) in store.in_chunks(db, f"select notice_id from [{stages.TABLE}] where notice_id in (?)", named)}
    if present - len(known - was) + len(was - known) == analysed:
        return sorted(dirty)
    dirty.update(nid for (nid,) in db.execute(
        f"select n.id from notices n left join [{stages.TABLE}] s on s.notice_id = n.id where s.sha256 is not n.sha256"))
    dirty.update(nid for (nid,) in db.execute(
        f"select s.notice_id from [{stages.TABLE}] s where not exists (select 1 from notices n where n.id = s.notice_id)"))
    return sorted(dirty)


def _rows_for(db, ids: list[str]):
    """The changed notices' answer passages and questions as they are now."""
    passages = list(store.in_chunks(
        db, "select notice_id, seq, text from passages where coalesce(part, '') != 'request' and notice_id in (?) order by notice_id, seq", ids))
    questions = list(store.in_chunks(db, "select notice_id, seq, text from questions where text is not null and notice_id in (?) order by notice_id, seq", ids))
    return passages, questions


class StateUnusable(Exception):
    """Stored state that cannot be read (written by other code): the caller analyses everything instead."""


def run(db, dirty: list[str], version: str, workers=None) -> dict:
    started = time.perf_counter()
    timings = {}

    def lap(name, since=[started]):
        now = time.perf_counter()
        timings[name] = round(now - since[0], 3)
        since[0] = now

    forms = template_state.load(db, version)
    if forms is None:
        raise StateUnusable("template state")
    stored = stages.read(db, dirty)
    old = {nid: pickle.loads(row[3]) for nid, row in stored.items()}  # (Notice, total_chars, questions)
    old_notices = {nid: value[0] for nid, value in old.items()}
    sha_of = dict(store.in_chunks(db, "select id, sha256 from notices where id in (?)", dirty))
    present = sorted(sha_of)
    new_notices = {n.id: n for n in corpus.load_notices(db, present)}
    passages, questions = _rows_for(db, present)
    texts: dict[str, int] = {}
    for _, _, value in passages:
        if value and len(value) >= MIN_PASSAGE_CHARS:
            texts.setdefault(value, len(texts))
    for _, _, value in questions:
        texts.setdefault(value, len(texts))
    for n in new_notices.values():
        if n.request:
            texts.setdefault(n.request, len(texts))
    sketches = cache.sketches_for(db, list(texts), workers)

    def sketch_of(value):
        i = texts[value]
        return int(sketches.keys[i]), int(sketches.normalised_key[i]), sketches.signatures[i], int(sketches.shingles[i])

    lap("read_notices")

    # request families
    touched = sorted({requests.partition_of(n) for n in list(old_notices.values()) + list(new_notices.values())} - {None})
    family_before, family_after, changed_families = {}, {}, set()
    regrouped = 0
    dirty_set = set(dirty)
    partitions = {part: requests.load_partition(db, version, part) for part in touched}
    if any(p is requests.UNREADABLE for p in partitions.values()):
        raise StateUnusable("request groups")
    for part in touched:
        before = partitions[part]
        if before is None:  # a group no notice was in before
            before = requests.Partition([], np.empty(0, dtype=np.int64), np.empty((0, sketch.NUM_PERM), dtype=np.uint32), [], [], {})
        members = [m for m in before.members if m.id not in dirty_set]
        extra_keys, extra_signatures = [], []
        for n in new_notices.values():
            if requests.partition_of(n) == part:
                _, norm_key, signature, _ = sketch_of(n.request)
                members.append(requests.member_of(n, norm_key))
                if norm_key:
                    extra_keys.append(norm_key)
                    extra_signatures.append(signature)
        keys = np.concatenate([before.form_keys, np.asarray(extra_keys, dtype=np.int64)])
        signatures = np.concatenate([before.form_signatures, np.asarray(extra_signatures, dtype=np.uint32).reshape(len(extra_keys), sketch.NUM_PERM)])
        keys, first = np.unique(keys, return_index=True)
        signatures = signatures[first]
        old_text = {row["representative_notice_id"]: row["representative_text"] for row in before.family_rows}

        def request_of(member, old_text=old_text):
            if member.id in old_text and member.id not in dirty_set:
                return old_text[member.id]
            if member.id in new_notices:
                return new_notices[member.id].request
            return corpus.load_notices(db, [member.id])[0].request

        after = requests.build_partition(part, members, keys, signatures, request_of, before)
        regrouped += 1
        _write_diff(db, "request_families", ["id"], before.family_rows, after.family_rows, changed_families, "id")
        _write_diff(db, "request_family_members", ["family_id", "notice_id"], before.member_rows, after.member_rows,
                    changed_families, "family_id")
        for row in before.member_rows:
            family_before[row["notice_id"]] = (row["family_id"], row["similarity"])
        for row in after.member_rows:
            family_after[row["notice_id"]] = (row["family_id"], row["similarity"])
        if after.members:
            requests.save_partition(db, version, part, after)
        else:
            db.execute(f"delete from [{requests.STATE_TABLE}] where key = ?", [requests.state_key(part)])
    moved = {nid for nid in family_before.keys() | family_after.keys()
             if nid not in dirty_set and family_before.get(nid) != family_after.get(nid)}
    moved_family = {nid: (family_before.get(nid, (None,))[0], family_after.get(nid, (None,))[0]) for nid in moved}
    moved_family = {nid: pair for nid, pair in moved_family.items() if pair[0] != pair[1]}

    def previous_family(nid):
        return family_before.get(nid, (None,))[0]

    lap("request_families")

    # passages, template families
    old_passages = list(store.in_chunks(db, "select notice_id, seq, chars, text_key, form from analysis_passages where notice_id in (?)", dirty))
    if any(row[0] not in old for row in old_passages):
        raise StateUnusable("passages of a notice with no stored record")
    for _ in store.in_chunks(db, "delete from analysis_passages where notice_id in (?)", dirty):
        pass
    new_passages, new_forms, total_chars = [], {}, {}
    new_questions: dict[str, list] = {}
    for notice_id, seq, value in passages:
        if not value:
            continue
        total_chars[notice_id] = total_chars.get(notice_id, 0) + len(value)
        if len(value) < MIN_PASSAGE_CHARS:
            continue
        n = new_notices[notice_id]
        key, form, signature, size = sketch_of(value)
        new_passages.append((notice_id, seq, len(value), key, form, store.day_of(n.date)))
        if form:
            new_forms[form] = (signature, size)
    for notice_id, _, value in questions:
        key, form, _, _ = sketch_of(value)
        new_questions.setdefault(notice_id, []).append((key, form))
    db.conn.executemany("insert into analysis_passages (notice_id, seq, chars, text_key, form, day) values (?, ?, ?, ?, ?, ?)", new_passages)
    change = template_state.Change(
        old_passages=old_passages,
        new_passages=new_passages,
        new_forms=new_forms,
        old_questions=[f for value in old.values() for _, f in value[2]],
        new_questions=[f for pairs in new_questions.values() for _, f in pairs],
        old_notice={nid: (n.authority_id, previous_family(nid)) for nid, n in old_notices.items()},
        new_notice={nid: (n.authority_id, family_after.get(nid, (None,))[0]) for nid, n in new_notices.items()},
        moved=moved_family,
        total_chars=total_chars,
    )

    def current_families(ids):
        return {nid: fid for nid, (fid, _) in store.families_of(db, ids).items()}

    forms, template_stats = template_state.update(db, forms, change, current_families)
    template_state.save(db, version, forms)
    lap("template_families")

    # stages, postings and the stored notices
    derived = stages.derive(db, list(new_notices.values()), present) if present else {}
    for _ in store.in_chunks(db, f"delete from [{stages.TABLE}] where notice_id in (?)", dirty):
        pass
    for _ in store.in_chunks(db, "delete from analysis_postings where notice_id in (?)", dirty):
        pass
    notice_rows, postings = [], []
    for nid, n in new_notices.items():
        stage, quotes = derived[nid]
        q = new_questions.get(nid, [])
        notice_rows.append((nid, sha_of[nid], stage, quotes, store.record(n, total_chars.get(nid, 0), q)))
        postings.extend(store.postings_of(n, stage, quotes, [k for k, _ in q] + ([sketch_of(n.request)[0]] if n.request else [])))
    store.write_notices(db, notice_rows)
    db.conn.executemany("insert or ignore into analysis_postings (kind, term, notice_id) values (?, ?, ?)", postings)

    links = _relink(db, dirty_set, old, stored, new_notices, derived, family_before, family_after, changed_families, moved)
    lap("lifecycle_links")

    flags = _reflag(db, old_notices, new_notices, moved_family, previous_family, family_after)
    lap("consistency_flags")

    pruned = _prune(db, old_passages, old)
    lap("write")
    return {
        "texts_hashed": sketches.computed,
        "sketches_pruned": pruned,
        "stages_derived": len(derived),
        "rows_written": {"templates": template_stats, "lifecycle_links": links, "consistency_flags": flags,
                         "passage_templates": {"moved": template_stats["moved"]}},
        "request_lsh": {"groups_regrouped": regrouped, "families_changed": len(changed_families)},
        "changed_notices": len(dirty),
        "timings": timings,
    }


def _write_diff(db, table: str, keys: list[str], before: list[dict], after: list[dict], changed: set, family_column: str) -> None:
    """Delete the rows that went or changed, insert the ones that came or changed; note their families."""
    from .tables import TABLES

    columns = list(TABLES[table]["columns"])
    old = {tuple(row.get(c) for c in columns) for row in before}
    new = {tuple(row.get(c) for c in columns) for row in after}
    positions = [columns.index(k) for k in keys]
    where = " and ".join(f"[{k}] = ?" for k in keys)
    stale, fresh = old - new, new - old
    db.conn.executemany(f"delete from [{table}] where {where}", [[row[i] for i in positions] for row in stale])
    db.conn.executemany(f"insert or replace into [{table}] ({', '.join(columns)}) values ({', '.join('?' * len(columns))})", sorted(fresh))
    at = columns.index(family_column)
    changed.update(row[at] for row in stale | fresh)


def _relink(db, dirty: set, old: dict, stored: dict, new_notices: dict, derived: dict, family_before: dict, family_after: dict,
            changed_families: set, moved: set) -> dict:
    """Rewrite every link into a notice a changed notice reaches."""
    reach_terms = set()
    for value in old.values():
        reach_terms |= store.own_terms(value[0])
    for n in new_notices.values():
        reach_terms |= store.own_terms(n)
    targets = set(dirty) | set(moved)
    targets |= store.lookup(db, "quote", reach_terms) | store.lookup(db, "reference", reach_terms)
    families = set(changed_families)
    for nid in set(dirty) | set(moved):
        for table in (family_before, family_after):
            if nid in table:
                families.add(table[nid][0])
    targets |= store.family_members(db, families)
    existing = targets - (dirty - set(new_notices))
    # the notices links into the targets can come from
    target_notices = store.notices_by_id(db, existing)
    stage_rows = {nid: (stage, quotes) for nid, stage, quotes in store.in_chunks(
        db, f"select notice_id, stage, quotes from [{stages.TABLE}] where notice_id in (?)", sorted(existing))}
    terms = set()
    for nid, n in target_notices.items():
        terms |= store.own_terms(n)
        terms |= store.quote_terms(json.loads(stage_rows[nid][1]))
    around = store.lookup(db, "reference", terms)
    target_families = store.families_of(db, existing)
    around |= store.family_members(db, {fid for fid, _ in target_families.values()})
    notices = target_notices | store.notices_by_id(db, around - set(target_notices))
    for _ in store.in_chunks(db, f"select notice_id, stage, quotes from [{stages.TABLE}] where notice_id in (?)", sorted(around - existing)):
        stage_rows[_[0]] = (_[1], _[2])
    membership = store.families_of(db, notices)
    stage = {nid: stage_rows[nid][0] for nid in notices}
    quotes = {}
    for nid in notices:
        if lifecycle.STAGES.get(stage[nid], 0) > 0:
            q = [tuple(pair) for pair in json.loads(stage_rows[nid][1])]
            if q:
                quotes[nid] = q
    links = lifecycle.link(sorted(notices.values(), key=lambda n: n.id), stage, quotes,
                           {nid: fid for nid, (fid, _) in membership.items()}, {nid: sim for nid, (_, sim) in membership.items()})
    rows = [link.row() for link in links if link.to_notice_id in targets]
    for _ in store.in_chunks(db, "delete from lifecycle_links where to_notice_id in (?)", sorted(targets)):
        pass
    removed = sorted(dirty - set(new_notices))
    for _ in store.in_chunks(db, "delete from lifecycle_links where from_notice_id in (?)", removed):
        pass
    columns = ["from_notice_id", "to_notice_id", "link_type", "method", "evidence"]
    db.conn.executemany(f"insert or replace into lifecycle_links ({', '.join(columns)}) values (?, ?, ?, ?, ?)",
                        [[row[c] for c in columns] for row in rows])
    return {"targets": len(targets), "read": len(notices), "inserted": len(rows)}


def _reflag(db, old_notices: dict, new_notices: dict, moved_family: dict, previous_family, family_after: dict) -> dict:
    """Recompute the consistency groups a changed notice, or a notice whose request family changed, was or is in."""
    before = {nid: previous_family(nid) for nid in set(old_notices) | set(new_notices) | set(moved_family)}
    before = {nid: fid for nid, fid in before.items() if fid}
    after = {nid: pair[0] for nid, pair in family_after.items()}
    groups = set()
    for n in old_notices.values():
        groups |= consistency.groups_of(n, before)
    moved_notices = store.notices_by_id(db, moved_family)
    for n in list(new_notices.values()) + list(moved_notices.values()):
        groups |= consistency.groups_of(n, after) | consistency.groups_of(n, before)
    members = set()
    members |= store.lookup(db, "group", {f"{key[1]}\t{key[2]}" for key in groups if key[0] == "authority"})
    members |= store.family_members(db, {key[1] for key in groups if key[0] == "family"})
    notices = store.notices_by_id(db, members)
    family_of = {nid: fid for nid, (fid, _) in store.families_of(db, notices).items()}
    flags = consistency.build(sorted(notices.values(), key=lambda n: n.id), family_of, only=groups)
    return consistency.rewrite_groups(db, groups, flags)


def _prune(db, old_passages: list, old: dict) -> int:
    """Forget the signatures of the changed notices' old texts that no notice uses any more."""
    keys = {row[3] for row in old_passages}
    for notice, _, questions in old.values():
        keys.update(k for k, _ in questions)
        if notice.request:
            keys.add(cache.text_key(notice.request))
    stale = []
    for key in sorted(keys):
        row = db.execute(f"select normalised_key from [{cache.TABLE}] where key = ?", [key]).fetchone()
        if row is None:
            continue
        # a text used by a passage is found under its wording (the same text has the same wording)
        if db.execute("select 1 from analysis_passages where form = ? and text_key = ? limit 1", [row[0], key]).fetchone():
            continue
        if db.execute("select 1 from analysis_postings where kind = 'text' and term = ? limit 1", [key]).fetchone():
            continue
        stale.append(key)
    db.conn.executemany(f"delete from [{cache.TABLE}] where key = ?", [[k] for k in stale])
    return len(stale)
