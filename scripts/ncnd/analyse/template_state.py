"""Template families kept up to date wording by wording, so that a changed notice costs its own passages.

A full analysis groups every passage (ncnd.analyse.templates); what it leaves behind is kept per
wording (form): how many passages use it, its signature, its component label, and the family and
similarity its passages were given; and per component, how many notices use it in all, per authority
and per request family. A rebuild takes the changed notices' old passages out and their new ones in,
groups the forms again (forms are few: tens of thousands against millions of passages), and rewrites
only the families whose forms, counts or notices moved. A component whose set of forms changed is
counted again from analysis_passages; the others are updated by the changed notices' contributions.
"""

from dataclasses import dataclass

import numpy as np

from . import cluster, passage_state, templates
from .passage_state import found_in, sorted_unique
from .requests import family_id
from .templates import KEY_MASK, MIN_AUTHORITIES, NO_FAMILY, RULE

STATE_TABLE = "analysis_state"
STATE_KEY = "templates"
CHUNK = 500
UNDATED = 99_999_999


@dataclass
class FormState:
    keys: np.ndarray  # sorted normalised keys of every passage wording in use
    signatures: np.ndarray
    sizes: np.ndarray
    weights: np.ndarray  # passages using the form
    labels: np.ndarray  # component label (the lowest form key in it); 0: not a candidate (a question's wording)
    family: np.ndarray  # family key written for its passages, NO_FAMILY when none
    similarity: np.ndarray  # similarity written for its passages (nan when none)
    question_keys: np.ndarray  # sorted forms of every question, with how many questions use each
    question_counts: np.ndarray
    label_keys: np.ndarray  # sorted component labels, with how many authorities use each
    label_authorities: np.ndarray
    counters: "Counters"


_ARRAYS = ["keys", "signatures", "sizes", "weights", "labels", "family", "similarity", "question_keys", "question_counts",
           "label_keys", "label_authorities"]
COUNTS_PREFIX = "template-counts:"


class Counters:
    """label -> [notices, {authority: notices}, {request family: notices}], one analysis_state row per
    component: the counts of a component used by every force name thousands of request families, so a
    rebuild reads and writes back only the components it touches."""

    def __init__(self, db, version: str, values: dict | None = None):
        self.db, self.version = db, version
        self.values = dict(values or {})
        self.changed: set = set(self.values)
        self.removed: set = set()

    def __getitem__(self, label: int) -> list:
        if label not in self.values:
            row = self.db.execute(f"select value from [{STATE_TABLE}] where key = ?", [COUNTS_PREFIX + str(label)]).fetchone()
            stored = passage_state.loads(row[0], self.version) if row else None
            if stored is None:
                raise KeyError(label)
            ((n, authorities, families),) = stored
            self.values[label] = [n, dict(authorities), dict(families)]
        self.changed.add(label)  # read to be changed
        return self.values[label]

    def __setitem__(self, label: int, value: list) -> None:
        self.values[label] = value
        self.changed.add(label)
        self.removed.discard(label)

    def drop(self, label: int) -> None:
        self.values.pop(label, None)
        self.changed.discard(label)
        self.removed.add(label)

    def save(self) -> None:
        # equal counts give equal bytes, however they were reached (a full and a rebuilt database compare equal)
        self.db.conn.executemany(f"delete from [{STATE_TABLE}] where key = ?", [[COUNTS_PREFIX + str(k)] for k in sorted(self.removed)])
        self.db.conn.executemany(f"insert or replace into [{STATE_TABLE}] (key, value) values (?, ?)", [
            [COUNTS_PREFIX + str(label), passage_state.dumps((self.version, (n, sorted(a.items()), sorted(f.items()))))]
            for label, (n, a, f) in sorted((k, self.values[k]) for k in self.changed)])
        self.changed, self.removed = set(), set()


def save(db, version: str, state: FormState, everything: bool = False) -> None:
    """The arrays, and the counts of the components that changed (everything: all of them, replacing any stored)."""
    arrays = {name: (getattr(state, name).dtype.str, getattr(state, name).shape, getattr(state, name).tobytes()) for name in _ARRAYS}
    payload = passage_state.dumps((version, arrays))
    db.execute(f"insert or replace into [{STATE_TABLE}] (key, value) values (?, ?)", [STATE_KEY, payload])
    if everything:
        db.execute(f"delete from [{STATE_TABLE}] where key like ?", [COUNTS_PREFIX + "%"])
    state.counters.save()


def load(db, version: str) -> FormState | None:
    row = db.execute(f"select value from [{STATE_TABLE}] where key = ?", [STATE_KEY]).fetchone()
    stored = passage_state.loads(row[0], version) if row else None
    if stored is None:
        return None
    (arrays,) = stored
    values = {name: np.frombuffer(data, dtype=dtype).reshape(shape).copy() for name, (dtype, shape, data) in arrays.items()}
    return FormState(**values, counters=Counters(db, version))


def _counts(pairs_first: np.ndarray, pairs_second: np.ndarray, names: list) -> dict:
    """label -> {name: count} from (label, code) pairs, one per notice."""
    out: dict = {}
    if len(pairs_first) == 0:
        return out
    combos, counts = templates.unique_pairs(pairs_first, pairs_second, return_counts=True)
    for label, code, count in zip(combos[0].tolist(), combos[1].tolist(), counts.tolist()):
        out.setdefault(label, {})[names[code]] = count
    return out


def from_full(db, version: str, state, passage_form: np.ndarray, form_positions: np.ndarray, result, notices, family_of: dict) -> FormState:
    """The form state a full analysis leaves (state: the PassageState it read; passage_form / form_positions
    as templates.build was given them; result: what it returned)."""
    keys = state.form_keys
    candidate_keys = keys[form_positions]
    labels = np.zeros(len(keys), dtype=np.int64)
    if len(form_positions):
        labels[form_positions] = candidate_keys[result.form_labels]
    at = np.searchsorted(keys, state.p_form[state.p_form != 0])
    weights = np.bincount(at, minlength=len(keys)).astype(np.int64)
    family = np.full(len(keys), NO_FAMILY, dtype=np.int64)
    similarity = np.full(len(keys), np.nan)
    templated = result.passage_family != NO_FAMILY
    form_at = np.searchsorted(keys, state.p_form[templated])
    family[form_at] = result.passage_family[templated]
    similarity[form_at] = result.passage_similarity[templated]
    question_keys, question_counts = np.unique(state.q_form[state.q_form != 0], return_counts=True)

    occurrence = np.flatnonzero(passage_form >= 0)
    occ_label = labels[form_positions[passage_form[occurrence]]]
    pairs = templates.unique_pairs(np.searchsorted(candidate_keys, occ_label), state.p_notice[occurrence])
    label_of_pair = candidate_keys[pairs[0]] if pairs.shape[1] else np.empty(0, dtype=np.int64)
    counters = {int(label): [int(count), {}, {}] for label, count in zip(*np.unique(label_of_pair, return_counts=True))}
    authorities = sorted({n.authority_id for n in notices if n.authority_id})
    authority_code = {a: i for i, a in enumerate(authorities)}
    notice_authority = np.array([authority_code.get(n.authority_id, -1) for n in notices], dtype=np.int64)
    families = sorted({f for f in family_of.values()})
    family_code = {f: i for i, f in enumerate(families)}
    notice_family = np.array([family_code.get(family_of.get(n.id), -1) for n in notices], dtype=np.int64)
    for names, codes, slot in ((authorities, notice_authority, 1), (families, notice_family, 2)):
        code = codes[pairs[1]] if pairs.shape[1] else np.empty(0, dtype=np.int64)
        known = code >= 0
        for label, values in _counts(np.searchsorted(candidate_keys, label_of_pair[known]), code[known], names).items():
            counters[int(candidate_keys[label])][slot] = values
    label_keys = np.array(sorted(counters), dtype=np.int64)
    label_authorities = np.array([len(counters[k][1]) for k in label_keys.tolist()], dtype=np.int64)
    return FormState(keys, state.form_signatures, state.form_sizes, weights, labels, family, similarity,
                     question_keys.astype(np.int64), question_counts.astype(np.int64), label_keys, label_authorities,
                     Counters(db, version, counters))


def group_labels(keys, signatures, sizes, candidate: np.ndarray) -> np.ndarray:
    """Component label (lowest form key in it) of every candidate form, 0 for the others."""
    labels = np.zeros(len(keys), dtype=np.int64)
    chosen = np.flatnonzero(candidate)
    if len(chosen):
        components, _ = cluster.group(signatures[chosen], sizes[chosen], RULE)
        labels[chosen] = keys[chosen][components]
    return labels


def centres(keys, weights, labels) -> tuple[np.ndarray, np.ndarray]:
    """(label keys, centre form position per label): the most used form of each component, ties to the lowest key."""
    chosen = np.flatnonzero(labels != 0)
    order = chosen[np.lexsort((keys[chosen], -weights[chosen], labels[chosen]))]
    if len(order) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    first = order[np.r_[True, labels[order][1:] != labels[order][:-1]]]
    return labels[first], first


def _in_chunks(db, sql: str, values: list, params=()):
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        yield from db.execute(sql.replace("(?)", f"({','.join('?' * len(chunk))})"), list(params) + chunk)


def recount(db, forms: list[int], family_of) -> list:
    """A component's counters from its passages as they are now (family_of(ids) -> {notice: family})."""
    ids = sorted({nid for (nid,) in _in_chunks(db, "select distinct notice_id from analysis_passages where form in (?)", forms)})
    authorities: dict = {}
    for _, authority_id in _in_chunks(db, "select id, authority_id from notices where id in (?)", ids):
        if authority_id:
            authorities[authority_id] = authorities.get(authority_id, 0) + 1
    families: dict = {}
    for fid in family_of(ids).values():
        families[fid] = families.get(fid, 0) + 1
    return [len(ids), authorities, families]


def family_row(db, label: int, forms: np.ndarray, keys, weights, centre: int, counter: list) -> dict:
    """The template_families row of one kept component, read from its forms' passages by index."""
    first = last = first_any = None
    for form in keys[forms].tolist():
        row = db.execute("select day, notice_id from analysis_passages where form = ? order by day, notice_id limit 1", [form]).fetchone()
        if first_any is None or row < first_any:
            first_any = row
        if row[0] < UNDATED and (first is None or row < first):
            first = row
        row = db.execute("select day, notice_id from analysis_passages where form = ? and day < ? "
                         "order by day desc, notice_id desc limit 1", [form, UNDATED]).fetchone()
        if row is not None and (last is None or row > last):
            last = row
    notice_id, seq = db.execute("select notice_id, seq from analysis_passages where form = ? order by day, notice_id, seq limit 1",
                                [int(keys[centre])]).fetchone()
    text = db.execute("select text from passages where notice_id = ? and seq = ?", [notice_id, seq]).fetchone()[0]

    def notice(nid, column):
        return db.execute(f"select {column} from notices where id = ?", [nid]).fetchone()[0]

    notices, authorities, families = counter
    best = min(families.items(), key=lambda item: (-item[1], item[0])) if families else None
    return {
        "id": family_id("tf", int(keys[centre])),
        "representative_text": text,
        "passage_count": int(weights[forms].sum()),
        "notice_count": notices,
        "authority_count": len(authorities),
        "first_seen": notice(first[1], "date") if first else None,
        "last_seen": notice(last[1], "date") if last else None,
        "first_notice_id": first_any[1],
        "first_authority_id": notice(first_any[1], "authority_id"),
        "request_family_id": best[0] if best else None,
        "request_family_share": round(best[1] / notices, 3) if best else 0.0,
    }


def _apply_counts(keys: np.ndarray, counts: np.ndarray, removed: list, added: list) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys with their counts, less one per removed key and plus one per added key (0 keys ignored)."""
    delta: dict = {}
    for key in removed:
        if key:
            delta[key] = delta.get(key, 0) - 1
    for key in added:
        if key:
            delta[key] = delta.get(key, 0) + 1
    if not delta:
        return keys, counts
    change_keys = np.array(sorted(delta), dtype=np.int64)
    change_counts = np.array([delta[k] for k in change_keys.tolist()], dtype=np.int64)
    known = found_in(change_keys, keys)
    counts = counts.copy()
    counts[np.searchsorted(keys, change_keys[known])] += change_counts[known]
    keys = np.concatenate([keys, change_keys[~known]])
    counts = np.concatenate([counts, change_counts[~known]])
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    kept = counts != 0
    return keys[kept], counts[kept]


def _continuations(new_labels: np.ndarray, old_labels: np.ndarray) -> dict:
    """new label -> old label, where the shared forms of the one are exactly the shared forms of the other
    (given per shared form its new and old label, 0: none)."""
    if len(new_labels) == 0:
        return {}
    pairs = np.unique(np.stack([new_labels, old_labels]), axis=1)
    new_values, new_counts = np.unique(pairs[0], return_counts=True)
    old_values, old_counts = np.unique(pairs[1], return_counts=True)
    single_new = set(new_values[new_counts == 1].tolist()) - {0}
    single_old = set(old_values[old_counts == 1].tolist()) - {0}
    return {new: old for new, old in zip(pairs[0].tolist(), pairs[1].tolist()) if new in single_new and old in single_old}


def _copy(counter: list) -> list:
    return [counter[0], dict(counter[1]), dict(counter[2])]


def _add(counter: list, authority, family, sign: int) -> None:
    counter[0] += sign
    for slot, name in ((1, authority), (2, family)):
        if name:
            value = counter[slot].get(name, 0) + sign
            if value:
                counter[slot][name] = value
            else:
                counter[slot].pop(name, None)


@dataclass
class Change:
    """What the changed notices bring: their passages before and after, their questions' forms before and after."""

    old_passages: list  # (notice_id, seq, chars, text_key, form) as stored
    new_passages: list  # (notice_id, seq, chars, text_key, form, day)
    new_forms: dict  # form -> (signature, size) for forms not seen before
    old_questions: list  # forms
    new_questions: list
    old_notice: dict  # notice id -> (authority, request family) before, for the changed notices that existed
    new_notice: dict  # notice id -> (authority, request family) now, for the changed notices that exist
    moved: dict  # unchanged notice id -> (request family before, after), for notices whose family changed
    total_chars: dict  # changed notice id -> characters of all its answer passages


def update(db, fs: FormState, change: Change, family_of) -> tuple[FormState, dict]:
    """Apply a change to the form state and the template tables; analysis_passages already holds the new
    passages. family_of(ids) -> {notice id: request family} as written now. Returns the new state and counts."""
    # 1. passage counts per form, and the forms of questions
    old_keys = fs.keys
    counts = {}
    for row in change.old_passages:
        if row[4]:
            counts[row[4]] = counts.get(row[4], 0) - 1
    for row in change.new_passages:
        if row[4]:
            counts[row[4]] = counts.get(row[4], 0) + 1
    added = np.array(sorted(k for k in counts if not found_in(np.array([k], dtype=np.int64), old_keys)[0]), dtype=np.int64)
    keys = np.concatenate([old_keys, added])
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    new_signatures = np.array([change.new_forms[k][0] for k in added.tolist()], dtype=np.uint32).reshape(len(added), fs.signatures.shape[1])
    signatures = np.concatenate([fs.signatures, new_signatures])[order]
    sizes = np.concatenate([fs.sizes, np.array([change.new_forms[k][1] for k in added.tolist()], dtype=np.int64)])[order]
    weights = np.concatenate([fs.weights, np.zeros(len(added), dtype=np.int64)])[order]
    for key, delta in counts.items():
        weights[np.searchsorted(keys, key)] += delta
    old_labels_aligned = np.concatenate([fs.labels, np.zeros(len(added), dtype=np.int64)])[order]
    old_family = np.concatenate([fs.family, np.full(len(added), NO_FAMILY, dtype=np.int64)])[order]
    old_similarity = np.concatenate([fs.similarity, np.full(len(added), np.nan)])[order]
    question_keys, question_counts = _apply_counts(fs.question_keys, fs.question_counts, change.old_questions, change.new_questions)

    # 2. the components, grouped again over the forms in use
    used = weights > 0
    keys, signatures, sizes, weights = keys[used], signatures[used], sizes[used], weights[used]
    old_labels, old_family, old_similarity = old_labels_aligned[used], old_family[used], old_similarity[used]
    candidate = ~found_in(keys, question_keys)
    labels = group_labels(keys, signatures, sizes, candidate)

    # Which old component each component continues. A form used outside the changed notices keeps
    # those uses whatever happens; a component whose such forms are exactly those of one old component
    # (it may have gained or lost forms only the changed notices use) continues that component's
    # counters. The changed notices' own contributions are taken out of the old component and put into
    # the new one. Any other component (two merged, or one split) is counted again from its passages.
    new_uses = {}
    for row in change.new_passages:
        if row[4]:
            new_uses[row[4]] = new_uses.get(row[4], 0) + 1
    private_uses = np.array([new_uses.get(k, 0) for k in keys.tolist()], dtype=np.int64) if new_uses else np.zeros(len(keys), dtype=np.int64)
    shared = (weights > private_uses) & ((labels != 0) | (old_labels != 0))
    continued = _continuations(labels[shared], old_labels[shared])
    has_shared = set(labels[shared & (labels != 0)].tolist())
    all_labels = set(labels[labels != 0].tolist())
    recounted = {label for label in has_shared if label not in continued}
    fresh_labels = all_labels - has_shared  # only the changed notices use it
    kept_old = set(continued.values())
    gone = set(fs.label_keys.tolist()) - kept_old

    # 3. counters: a continued component keeps its stored counts (moved to its new label if that changed)
    counters = fs.counters
    for new, old in sorted(continued.items()):
        if new != old:
            counters[new] = _copy(counters[old])
    for label in sorted(gone | {old for new, old in continued.items() if new != old} - set(continued)):
        counters.drop(label)
    old_form_label = dict(zip(fs.keys.tolist(), fs.labels.tolist()))
    new_form_label = dict(zip(keys.tolist(), labels.tolist()))
    new_of_old = {old: new for new, old in continued.items()}

    def labels_of(rows, mapping):
        by_notice: dict = {}
        for row in rows:
            label = mapping.get(row[4], 0) if row[4] else 0
            if label:
                by_notice.setdefault(row[0], set()).add(label)
        return by_notice

    for notice_id, notice_labels in labels_of(change.old_passages, old_form_label).items():
        authority, family = change.old_notice[notice_id]
        for label in sorted(notice_labels & kept_old):
            _add(counters[new_of_old[label]], authority, family, -1)
    for label in sorted(fresh_labels):
        counters[label] = [0, {}, {}]
    for notice_id, notice_labels in labels_of(change.new_passages, new_form_label).items():
        authority, family = change.new_notice[notice_id]
        for label in sorted(notice_labels - recounted):
            _add(counters[label], authority, family, +1)
    moved_forms = []
    if change.moved:
        moved_rows = list(_in_chunks(db, "select notice_id, 0, 0, 0, form from analysis_passages where notice_id in (?)", sorted(change.moved)))
        moved_forms = [row[4] for row in moved_rows if row[4]]
        for notice_id, notice_labels in labels_of(moved_rows, new_form_label).items():
            before, after = change.moved[notice_id]
            for label in sorted(notice_labels - recounted):
                _add(counters[label], None, before, -1)
                _add(counters[label], None, after, +1)
    for label in sorted(recounted):
        counters[label] = recount(db, keys[labels == label].tolist(), family_of)

    # authorities per component: from the counts read and changed, else as stored
    label_keys = sorted_unique(labels[labels != 0])
    stored_authorities = dict(zip(fs.label_keys.tolist(), fs.label_authorities.tolist()))
    label_authorities = np.array([len(counters.values[k][1]) if k in counters.values else stored_authorities[k]
                                  for k in label_keys.tolist()], dtype=np.int64)

    # 4. each component's centre, kept components' families, and every form's family and similarity
    centre_keys, centre_at = centres(keys, weights, labels)
    kept = label_authorities >= MIN_AUTHORITIES  # centre_keys are label_keys, in the same order
    centre_of = np.full(len(keys), -1, dtype=np.int64)
    has_label = labels != 0
    where = np.searchsorted(centre_keys, labels[has_label])
    centre_of[has_label] = np.where(kept[where], centre_at[where], -1)
    family = np.full(len(keys), NO_FAMILY, dtype=np.int64)
    similarity = np.full(len(keys), np.nan)
    templated = np.flatnonzero(centre_of >= 0)
    family[templated] = keys[centre_of[templated]] & KEY_MASK
    similarity[templated] = np.round(cluster.similarity_to(signatures, templated, centre_of[templated]), 3)

    # 5. template_families: rows of every component a changed form, notice or count touched
    touched_forms = {row[4] for row in change.old_passages + change.new_passages if row[4]} | set(moved_forms)
    touched_new = {new_form_label.get(f, 0) for f in touched_forms} | recounted | fresh_labels
    touched_new |= {new for new, old in continued.items() if new != old}
    touched_new -= {0}
    touched_old = {old_form_label.get(f, 0) for f in touched_forms} | gone | {continued[label] for label in touched_new if label in continued}
    touched_old -= {0}
    stale = np.isin(fs.labels, np.array(sorted(touched_old), dtype=np.int64)) & (fs.family != NO_FAMILY)
    stale_ids = set(fs.family[stale].tolist())
    rows = []
    for label in sorted(touched_new):
        at = np.searchsorted(centre_keys, label)
        if at < len(centre_keys) and centre_keys[at] == label and kept[at]:
            rows.append(family_row(db, label, np.flatnonzero(labels == label), keys, weights, int(centre_at[at]), counters[label]))
    for key in sorted(stale_ids):
        db.execute("delete from template_families where id = ?", [f"tf-{key:012x}"])
    columns = list(templates_columns())
    db.conn.executemany(f"insert or replace into template_families ({', '.join(columns)}) values ({', '.join('?' * len(columns))})",
                        [[row[c] for c in columns] for row in rows])

    # 6. passage_templates: the changed notices' rows, and the rows of forms whose family or similarity moved
    changed_ids = sorted(change.old_notice.keys() | change.new_notice.keys())
    for _ in _in_chunks(db, "delete from passage_templates where notice_id in (?)", changed_ids):
        pass
    position = {k: i for i, k in enumerate(keys.tolist())}
    fresh = []
    for notice_id, seq, chars, text_key, form, *_ in change.new_passages:
        i = position.get(form) if form else None
        if i is not None and family[i] != NO_FAMILY:
            fresh.append((notice_id, seq, f"tf-{int(family[i]):012x}", float(similarity[i])))
    moved_form = np.flatnonzero((family != old_family) | ~((similarity == old_similarity) | (np.isnan(similarity) & np.isnan(old_similarity))))
    excluded = set(changed_ids)
    moved_passages = 0
    flipped_notices = set()
    for i in moved_form.tolist():
        occurrences = [r for r in db.execute("select notice_id, seq from analysis_passages where form = ?", [int(keys[i])]) if r[0] not in excluded]
        moved_passages += len(occurrences)
        db.conn.executemany("delete from passage_templates where notice_id = ? and seq = ?", occurrences)
        if family[i] != NO_FAMILY:
            value = (f"tf-{int(family[i]):012x}", float(similarity[i]))
            fresh.extend(r + value for r in occurrences)
        if (family[i] == NO_FAMILY) != (old_family[i] == NO_FAMILY):
            flipped_notices.update(r[0] for r in occurrences)
    db.conn.executemany("insert into passage_templates (notice_id, seq, family_id, similarity) values (?, ?, ?, ?)", fresh)

    # 7. notice_templating: the changed notices, and notices with a passage that joined or left a family
    templating = 0
    for notice_id in sorted(flipped_notices):
        total = db.execute("select total_chars from notice_templating where notice_id = ?", [notice_id]).fetchone()[0]
        templating += _write_templating(db, notice_id, total, position, family)
    for notice_id in changed_ids:
        db.execute("delete from notice_templating where notice_id = ?", [notice_id])
        if change.total_chars.get(notice_id):
            templating += _write_templating(db, notice_id, change.total_chars[notice_id], position, family)

    state = FormState(keys, signatures, sizes, weights, labels, family, similarity, question_keys, question_counts,
                      label_keys, label_authorities, counters)
    stats = {"forms": len(keys), "families_rewritten": len(rows), "recounted": len(recounted), "moved": moved_passages,
             "inserted": len(fresh), "templating_rows": templating}
    return state, stats


def templates_columns():
    from .tables import TABLES

    return TABLES["template_families"]["columns"]


def _write_templating(db, notice_id: str, total: int, position: dict, family: np.ndarray) -> int:
    count = chars = 0
    for form, length in db.execute("select form, chars from analysis_passages where notice_id = ?", [notice_id]):
        i = position.get(form) if form else None
        if i is not None and family[i] != NO_FAMILY:
            count += 1
            chars += length
    db.execute("insert or replace into notice_templating (notice_id, templated_passages, templated_chars, total_chars, share) "
               "values (?, ?, ?, ?, ?)", [notice_id, count, chars, total, round(min(chars / total, 1.0), 3)])
    return 1
