#!/usr/bin/env python3
# conformance.py: the loader, the schema and the writer agree
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes journey files by mutating valid ones (dropping, duplicating,
# reordering and padding, retyping values, adding elements and attributes of
# other namespaces, dates, numbers and ids), and judges every one with
# `xmllint --relaxng data/polku.rng` and with `polku-cli validate`. Where they
# disagree, the only excuse is one of the documented rules a schema cannot
# say (DOCUMENTED_RULES below, as data/polku.rng's comments and the README
# list them). Every file both accept then goes through load, save, load and
# save: the second save must be the bytes of the first, the first must hold
# every value of the file (their parsed trees compared), and it must
# validate against the schema.
#
# conformance.py --cli POLKU_CLI --round-trip PROGRAM [--cases N] [--seed S]

import argparse
import concurrent.futures
import copy
import decimal
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = 'urn:polku:journey'
P = '{%s}' % NS
XML_NS = 'http://www.w3.org/XML/1998/namespace'

# The rules a schema cannot say, by the start of Polku's message for each:
# only these may make Polku refuse a file that the schema accepts. Nothing
# may make it accept a file the schema refuses.
DOCUMENTED_RULES = [
    # Ids are unique in the file.
    re.compile(r'the id “.*” is used twice'),
    # Scores and targets lie on the journey's scale.
    re.compile(r'the (score|target) .* is outside the journey’s scale'),
    # Survey counts: one per answer value.
    re.compile(r'<(responses|nps|ces)> must hold \d+ counts'),
    re.compile(r'the (responses|nps|ces) of <result> must hold \d+ counts'),
    # A round's results name touchpoints of its journey, each once.
    re.compile(r'the round “.*” names the touchpoint “.*”, which its journey does not have'),
    re.compile(r'the round “.*” names the touchpoint “.*” twice'),
    # No DOCTYPE.
    re.compile(r'document type declarations \(DOCTYPE\) are not allowed'),
    # No attribute value longer than 65,536 characters.
    re.compile(r'attribute of <.*> is longer than 65536 characters'),
]

# How the writer may write a value back: the attributes of Polku's elements
# by datatype, for comparing a file with its saved form.
TOKEN, SET, DECIMAL, COUNTS, STRING, DEFAULT_FALSE, NUMBER = range(7)
ATTRIBUTE_TYPES = {
    'format': TOKEN, 'id': TOKEN, 'language': TOKEN, 'created': TOKEN,
    'modified': TOKEN, 'hidden-lanes': SET, 'min': TOKEN, 'max': TOKEN,
    'min-label': STRING, 'max-label': STRING, 'kind': TOKEN, 'gate': DEFAULT_FALSE,
    'channel': TOKEN, 'criticality': TOKEN, 'role': TOKEN, 'interaction': SET,
    'kano': TOKEN, 'frequency': TOKEN, 'standardised': DEFAULT_FALSE,
    'score': DECIMAL, 'target': DECIMAL, 'counts': COUNTS,
    'date': TOKEN, 'source': STRING, 'answers': NUMBER, 'touchpoint': TOKEN,
    'responses': COUNTS, 'nps': COUNTS, 'ces': COUNTS,
}
# Elements that hold a text, and those of them that are always written.
TEXT_ELEMENTS = {
    'title', 'description', 'name', 'criteria', 'authors', 'notes', 'label',
    'doing', 'thinking', 'feeling', 'expectation', 'front-stage', 'front-line',
    'support', 'channel-other', 'target-level', 'way-of-working', 'measurement',
    'owner',
}
REQUIRED_TEXT = {'title', 'name'}
# The elements each attribute belongs to.
OWNERS = {
    'format': {'polku'}, 'id': {'journey', 'step', 'touchpoint', 'round'}, 'language': {'journey'},
    'created': {'journey'}, 'modified': {'journey'}, 'hidden-lanes': {'journey'},
    'min': {'scale'}, 'max': {'scale'}, 'kind': {'phase'}, 'gate': {'step'},
    'channel': {'touchpoint'}, 'criticality': {'touchpoint'}, 'role': {'touchpoint'},
    'interaction': {'touchpoint'}, 'kano': {'touchpoint'}, 'frequency': {'touchpoint'},
    'standardised': {'touchpoint'}, 'score': {'touchpoint'}, 'target': {'touchpoint'},
    'date': {'round'}, 'source': {'round'}, 'answers': {'round'}, 'touchpoint': {'result'},
    'responses': {'result'}, 'nps': {'result'}, 'ces': {'result'},
}
EXTENSION_POINTS = {'journey', 'step', 'touchpoint'}

CHANNELS = ['service-premises', 'phone', 'booking-system', 'email-and-post', 'website',
            'social-media', 'mobile', 'product', 'delivery', 'advertising', 'documents',
            'result', 'field-staff', 'vehicles', 'other']
LANES = ['customer', 'touchpoints', 'satisfaction', 'front-stage', 'front-line', 'support', 'notes']
INTERACTIONS = ['staff', 'resources', 'systems', 'product', 'customers']

# Values to try, by attribute; each list mixes ones the schema accepts and
# ones it refuses.
PADS = [' ', '  ', '\t', '\n', ' \t\n ']
DATES = [
    '2026-05-31T14:00:00Z', '2026-05-31T14:00:00', '2026-05-31T14:00:00+02:00',
    '2026-05-31T14:00:00-11:30', '2026-05-31T14:00:00.5Z', '2026-05-31T14:00:00.250+03:00',
    '2026-05-31T24:00:00Z', '2026-05-31T24:00:01Z', '2026-05-31T24:30:00Z', '12025-01-01T00:00:00Z',
    '-0044-03-15T12:00:00', '0000-01-01T00:00:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59-01:00',
    '9999-12-31T24:00:00+14:00', '2024-02-29T00:00:00', '2023-02-29T00:00:00', '1900-02-29T00:00:00',
    '-0004-02-29T00:00:00', '-0001-02-29T00:00:00', '2026-W22-7T14:00:00', '2026-151T14:00:00',
    '20260531T140000Z', '2026-05-31T14:00:00+0200', '2026-05-31T14:00:00,5Z', '2026-05-31 14:00:00',
    '2026-05-31', '2026-05-31T14:00Z', '2026-05-31T14:00:60Z', '2026-05-31T14:00:00+14:01',
    '2026-05-31T14:00:00-14:00', '2026-13-01T00:00:00', '2026-05-32T00:00:00', '02026-05-31T00:00:00',
    '+2026-05-31T00:00:00', '2026-05-31t14:00:00z', '2026-05-31T23:59:59.999999999999999Z',
    '2026-05-31T14:00:00.Z', '', 'yesterday', '2026-05-31T14:00:00.000000001-00:00',
]
DECIMALS = [
    '4', '4.5', ' 4 ', '+4', '-0', '-0.0', '+0', '04.50', '.5', '5.', '0.', '.', '+', '-', '4,5',
    '1e0', '11', '10', '10.0', '10.000000000000000000001', '-1', '0', '0.000000000000000000000001',
    '3.14159265358979323846', '3.141592653589793238462643', '1.234567890123456789012345',
    '000000000000000000000000000000004', '4.0000000000000000000000000', '2.50000000000000000000000',
    '12345678901234567890123.4', '1.00000000000000000000001', 'NaN', 'four', '', '4 5', '٤',
    '7.25', '9.999999999999999999999', '1.0000000000000001', '5.000000000000000000001',
]
IDS = [
    'a', '_a', 'a1', 'a-b', 'a.b', 'é', 'äiti', 'a·b', '〇', 'ー', 'aー', '٠', 'a٠', 'ǅ', 'ℵ', 'Ⅰ',
    '𐀀', 'a𐀀', '·a', '-a', '.a', '1a', 'a b', 'a:b', '', ' a ', '\ta', '€', 'a€', 'a\u0301',
    '\u0301a', 'x' * 300,
]
LANGUAGES = ['fi', 'en-GB', ' fi ', 'e1', 'en-', '-en', 'en--GB', 'x-klingon', 'i-default',
             'abcdefghi', 'abcdefgh', 'en-abcdefghi', 'de-CH-1901', 'en_GB', 'ä', '', 'EN', '1en',
             'zh-Hant-TW', 'en GB']
# xsd:date, accepted and refused.
ROUND_DATES = [
    '2026-05-31', '2026-05-31Z', '2026-05-31+03:00', '2026-05-31-14:00', '2026-05-31+14:01',
    '-0044-03-15', '12026-01-01', '0000-01-01', '2024-02-29', '2023-02-29', '2026-13-01',
    '2026-5-31', '20260531', '2026-05-31T00:00:00', '31.5.2026', '', 'May', '02026-05-31',
]
COUNT_ITEMS = ['0', '1', '7', '01', '+1', '-0', '-1', '4294967295', '4294967296', '1.0', 'x',
               '0000000000000000000000000000001']


def collapse(value):
    return ' '.join(value.split())


class Mutator:
    def __init__(self, rand):
        self.rand = rand

    def elements(self, root):
        return [e for e in root.iter()]

    def polku_elements(self, root):
        return [e for e in root.iter() if e.tag.startswith(P)]

    def parent_map(self, root):
        return {c: p for p in root.iter() for c in p}

    def pick_child(self, root):
        """A random element but the root, with its parent; None when there is none."""
        parents = self.parent_map(root)
        if not parents:
            return None, None
        e = self.rand.choice(list(parents))
        return e, parents[e]

    def mutate(self, root):
        kind = self.rand.choice([
            self.drop_element, self.drop_attribute, self.duplicate, self.reorder,
            self.pad, self.pad, self.retype, self.retype, self.retype, self.retype,
            self.foreign_element, self.foreign_element, self.foreign_attribute, self.date,
            self.number, self.number, self.ids, self.counts, self.scale, self.long_label,
            self.text_element_content,
        ])
        return kind.__name__, kind(root)

    def pick(self, root, names=None):
        candidates = [e for e in self.polku_elements(root)
                      if names is None or e.tag[len(P):] in names]
        return self.rand.choice(candidates) if candidates else None

    def drop_element(self, root):
        e, parent = self.pick_child(root)
        if e is not None:
            parent.remove(e)

    def drop_attribute(self, root):
        e = self.pick(root)
        if e is not None and e.attrib:
            del e.attrib[self.rand.choice(list(e.attrib))]

    def duplicate(self, root):
        e, parent = self.pick_child(root)
        if e is not None:
            parent.insert(list(parent).index(e) + 1, copy.deepcopy(e))

    def reorder(self, root):
        e, parent = self.pick_child(root)
        if e is None:
            return
        i = list(parent).index(e)
        if i + 1 < len(parent):
            parent.remove(e)
            parent.insert(i + 1, e)

    def pad(self, root):
        e = self.pick(root)
        if e is None or not e.attrib:
            return
        name = self.rand.choice(list(e.attrib))
        value = e.attrib[name]
        how = self.rand.randrange(3)
        if how == 0:
            value = self.rand.choice(PADS) + value + self.rand.choice(PADS)
        elif how == 1:
            value = value.replace(' ', self.rand.choice(PADS))
        else:
            value = value + self.rand.choice(PADS)
        e.attrib[name] = value

    def retype(self, root):
        # Mostly an attribute where it belongs, now and then anywhere.
        name = self.rand.choice(list(OWNERS))
        e = self.pick(root, None if self.rand.random() < 0.1 else OWNERS[name])
        if e is None:
            return
        e.attrib[name] = self.rand.choice(self.pool(name))

    def pool(self, name):
        return {
            'channel': CHANNELS + ['Phone', 'fax', '', 'none', 'phone other'],
            'criticality': ['critical', 'non-critical', 'noncritical', 'none', ''],
            'role': ['prerequisite', 'opportunity', 'both', ''],
            'kano': ['must-be', 'one-dimensional', 'attractive', 'indifferent', 'none', ''],
            'frequency': ['routine', 'regular', 'exceptional', 'none', 'seasonal'],
            'standardised': ['true', 'false', 'TRUE', '1', 'yes', ''],
            'gate': ['true', 'false', 'True', '0', ''],
            'interaction': [' '.join(self.rand.sample(INTERACTIONS, self.rand.randint(1, 3))),
                            'staff staff', '', ' ', 'robots', 'staff,systems'],
            'hidden-lanes': [' '.join(self.rand.sample(LANES, self.rand.randint(1, 4))),
                             'notes notes', '', 'all'],
            'language': LANGUAGES,
            'format': ['1', ' 1 ', '01', '1.0', '2', '0', '', '+1', '１'],
            'kind': ['pre-purchase', 'purchase', 'post-purchase', 'during'],
            'min': ['0', '1', '2', ' 1 ', '01'],
            'max': ['5', '7', '10', '6', ' 10 ', '010'],
            'id': IDS,
            'created': DATES, 'modified': DATES,
            'score': DECIMALS, 'target': DECIMALS,
            'date': ROUND_DATES,
            'answers': COUNT_ITEMS,
            'source': ['', ' ', 'answers.csv', 'a & b <c>', 'ä' * 65537],
            'touchpoint': ['t0-0', 't0-1', 't1-2', 't9', '', '1a', 'a b', ' t0-0 '],
            'responses': self.count_lists(), 'nps': self.count_lists(), 'ces': self.count_lists(),
        }.get(name, ['x', '', '1', 'true'])

    def count_lists(self):
        return [' '.join(self.rand.choice(COUNT_ITEMS[:3]) for _ in range(n)) for n in (5, 7, 10, 11, 4)] + \
            ['1 2 x 4 5', '']

    def sweep(self, root, name, value):
        """Sets one attribute where it belongs to a value, as given."""
        e = self.pick(root, OWNERS[name])
        if e is not None:
            e.attrib[name] = value

    def foreign_element(self, root):
        e = self.pick(root)
        if e is None:
            return
        ns = self.rand.choice(['urn:example:other', 'urn:example:other', 'urn:example:b', NS, ''])
        tag = ('{%s}' % ns if ns else '') + self.rand.choice(['data', 'note', 'x'])
        foreign = ET.Element(tag, self.rand.choice([{}, {'a': 'b&c'}, {'{urn:example:c}k': 'v<w'}]))
        if self.rand.random() < 0.5:
            foreign.text = self.rand.choice(['text', ' spaced  text\n', 'ä & <'])
        if self.rand.random() < 0.4:
            inner = ET.SubElement(foreign, self.rand.choice(['plain', P + 'title', '{urn:example:d}deep']),
                                  {'z': '1'})
            inner.text = 'inner'
            inner.tail = ' tail '
        e.insert(self.rand.randint(0, len(e)), foreign)

    def foreign_attribute(self, root):
        e = self.pick(root)
        if e is None:
            return
        name = self.rand.choice(['{urn:example:other}colour', '{urn:example:b}n', '{%s}lang' % XML_NS,
                                 P + 'channel', 'colour'])
        e.attrib[name] = self.rand.choice(['blue', ' padded ', 'a&b', ''])

    def date(self, root):
        e = self.pick(root, {'journey'})
        if e is not None:
            e.attrib[self.rand.choice(['created', 'modified'])] = self.rand.choice(DATES)

    def number(self, root):
        e = self.pick(root, {'touchpoint'})
        if e is not None:
            e.attrib[self.rand.choice(['score', 'target'])] = self.rand.choice(DECIMALS)

    def ids(self, root):
        with_ids = [e for e in self.polku_elements(root) if 'id' in e.attrib]
        if len(with_ids) >= 2 and self.rand.random() < 0.5:
            a, b = self.rand.sample(with_ids, 2)
            a.attrib['id'] = b.attrib['id']
        elif with_ids:
            self.rand.choice(with_ids).attrib['id'] = self.rand.choice(IDS)

    def counts(self, root):
        if self.rand.random() < 0.3:
            e = self.pick(root, {'result'})
            if e is not None:
                name = self.rand.choice(['responses', 'nps', 'ces'])
                e.attrib[name] = self.rand.choice(self.count_lists())
                return
        e = self.pick(root, {'responses', 'nps', 'ces'})
        if e is None:
            tp = self.pick(root, {'touchpoint'})
            if tp is None:
                return
            e = ET.SubElement(tp, P + self.rand.choice(['responses', 'nps', 'ces']))
        n = self.rand.choice([3, 5, 7, 10, 11, 12])
        items = [self.rand.choice(COUNT_ITEMS[:3] if self.rand.random() < 0.7 else COUNT_ITEMS)
                 for _ in range(n)]
        sep = self.rand.choice([' ', ' ', '  ', '\t'])
        e.attrib['counts'] = self.rand.choice(['', ' ']) + sep.join(items)

    def scale(self, root):
        e = self.pick(root, {'scale'})
        if e is not None:
            e.attrib['min'], e.attrib['max'] = self.rand.choice(
                [('1', '5'), ('1', '7'), ('1', '10'), ('0', '10'), ('0', '5'), ('1', '3')])

    def long_label(self, root):
        e = self.pick(root, {'scale'})
        if e is not None:
            e.attrib[self.rand.choice(['min-label', 'max-label'])] = \
                'ä' * self.rand.choice([0, 10, 65536, 65537])

    def text_element_content(self, root):
        e = self.pick(root, TEXT_ELEMENTS)
        if e is not None:
            e.text = self.rand.choice(['', ' ', 'a\tb', 'line\nbreaks\n', 'ä & < >', None])


def rich_journey(rand, n):
    """A valid journey file with every kind of value, as text."""
    tps = []
    for i in range(3):
        attrs = 'id="t%d-%d" channel="%s" criticality="critical" role="opportunity"' % (
            n, i, rand.choice(CHANNELS))
        if i == 0:
            attrs += ' interaction="staff systems" kano="must-be" frequency="routine" standardised="true"' \
                     ' score="4.5" target="5" xmlns:o="urn:example:other" o:flag="yes"'
        tps.append('''        <touchpoint %s>
          <name>Touchpoint %d</name>
          <description>What happens</description>
          <o:data xmlns:o="urn:example:other" o:k="v">kept <o:b>as is</o:b></o:data>
          <owner>Owner</owner>
          <responses counts="1 2 3 4 5"/>
          <nps counts="0 0 1 0 0 2 0 3 0 5 9"/>
          <ces counts="1 1 1 1 1"/>
        </touchpoint>''' % (attrs, i))
    return '''<?xml version="1.0" encoding="UTF-8"?>
<polku xmlns="urn:polku:journey" format="1">
  <journey id="j%d" language="fi" created="2026-01-31T08:30:00+02:00" modified="2026-11-23T12:00:00.5Z" hidden-lanes="notes">
    <title>Journey %d</title>
    <description>About it</description>
    <segment>
      <name>Segment</name>
      <description>Who</description>
      <criteria>How</criteria>
    </segment>
    <authors>Someone</authors>
    <scale min="1" max="5" min-label="Bad" max-label="Good"/>
    <notes>Notes</notes>
    <phase kind="pre-purchase">
      <label>Before</label>
      <step id="s%d" gate="true">
        <name>Step</name>
        <doing>Does</doing>
        <thinking>Thinks</thinking>
        <feeling>Feels</feeling>
        <expectation>Expects</expectation>
        <front-stage>Answer</front-stage>
        <front-line>Needs</front-line>
        <support>Support</support>
        <notes>Ideas</notes>
%s
      </step>
    </phase>
    <phase kind="purchase"/>
    <phase kind="post-purchase">
      <step id="s%d-2">
        <name>Later</name>
      </step>
    </phase>
    <round id="r%d-1" date="2026-03-01" source="march.csv" answers="21">
      <result touchpoint="t%d-0" responses="0 1 2 3 4" nps="0 0 0 0 0 0 1 1 1 1 1"/>
      <result touchpoint="t%d-1" ces="1 1 1 1 1"/>
    </round>
    <o:after-phases xmlns:o="urn:example:other"/>
    <round id="r%d-2" date="2026-05-01+03:00" answers="0"/>
  </journey>
</polku>
''' % (n, n, n, '\n'.join(tps), n, n, n, n, n)


def serialise(root, doctype=False):
    text = ET.tostring(root, encoding='unicode')
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if doctype:
        head += '<!DOCTYPE polku>\n'
    return head + text + '\n'


def run_batched(command, files, batch=250):
    """Runs command with the files appended, in batches two at a time;
    returns (stdout, stderr)."""
    def run(i):
        r = subprocess.run(command + files[i:i + batch], capture_output=True, text=True)
        return r.stdout, r.stderr

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, range(0, len(files), batch)))
    return ''.join(o for o, _ in results), ''.join(e for _, e in results)


def xmllint_verdicts(schema, files):
    _, err = run_batched(['xmllint', '--noout', '--relaxng', schema], files)
    verdicts = {}
    for line in err.splitlines():
        if line.endswith(' validates'):
            verdicts[line[:-len(' validates')]] = True
        elif line.endswith(' fails to validate'):
            verdicts[line[:-len(' fails to validate')]] = False
    missing = [f for f in files if f not in verdicts]
    if missing:
        raise SystemExit('xmllint gave no verdict on %s' % missing[:3])
    return verdicts


def polku_verdicts(cli, files):
    _, err = run_batched([cli, 'validate'], files)
    messages = {}
    for line in err.splitlines():
        m = re.match(r'(.*?\.polku):\d+:\d+: (.*)', line)
        if m:
            messages[m.group(1)] = m.group(2)
    return {f: messages.get(f) for f in files}


def canon_foreign(e):
    return (e.tag, tuple(sorted(e.attrib.items())), e.text or '',
            tuple((canon_foreign(c), c.tail or '') for c in e))


def canon_value(name, value):
    kind = ATTRIBUTE_TYPES.get(name)
    if kind in (TOKEN, DEFAULT_FALSE):
        return collapse(value)
    if kind == SET:
        return tuple(sorted(set(value.split())))
    if kind == DECIMAL:
        return decimal.Decimal(collapse(value))
    if kind == COUNTS:
        return tuple(int(x) for x in value.split())
    if kind == NUMBER:
        return int(collapse(value))
    return value


def canon(e):
    """What a known element holds, as the writer may write it back."""
    if not e.tag.startswith(P):
        return canon_foreign(e)
    name = e.tag[len(P):]
    attrs = {}
    for k, v in e.attrib.items():
        if k.startswith('{'):
            attrs[k] = v
            continue
        kind = ATTRIBUTE_TYPES.get(k)
        if (kind == DEFAULT_FALSE and collapse(v) == 'false') or (kind == STRING and v == ''):
            continue
        attrs[k] = canon_value(k, v)
    if name in TEXT_ELEMENTS:
        return (name, tuple(sorted(attrs.items())), e.text or '')
    children = []
    for c in e:
        if (c.tag.startswith(P) and c.tag[len(P):] in TEXT_ELEMENTS - REQUIRED_TEXT
                and not (c.text or '')):
            continue
        children.append(canon(c))
    return (name, tuple(sorted(attrs.items(), key=lambda kv: kv[0])), tuple(children))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--cli', required=True)
    parser.add_argument('--round-trip', required=True)
    parser.add_argument('--schema', default=os.path.join(os.path.dirname(__file__), '..', 'data', 'polku.rng'))
    parser.add_argument('--base', action='append', default=[])
    parser.add_argument('--cases', type=int, default=3000)
    parser.add_argument('--seed', type=int, default=None)
    parser.add_argument('--keep', help='leave the cases in this folder')
    args = parser.parse_args()

    seed = args.seed if args.seed is not None else random.randrange(1 << 32)
    print('seed %d (run again with --seed %d)' % (seed, seed), flush=True)
    rand = random.Random(seed)

    bases = [rich_journey(rand, n) for n in range(3)]
    for path in args.base:
        with open(path, encoding='utf-8') as f:
            bases.append(f.read())

    workdir = args.keep or tempfile.mkdtemp(prefix='polku-conformance-')
    os.makedirs(workdir, exist_ok=True)
    saved_dir = os.path.join(workdir, 'saved')
    os.makedirs(saved_dir, exist_ok=True)

    mutator = Mutator(rand)
    # First every value of every pool on its own, plain and padded; then
    # random mutations, one to three at a time.
    sweep = [(name, pad + value + pad) for name in OWNERS for value in mutator.pool(name)
             for pad in ('', rand.choice(PADS))]
    files, what = [], {}
    for i in range(args.cases):
        root = ET.fromstring(rand.choice(bases).encode('utf-8'))
        done = []
        if i < len(sweep):
            mutator.sweep(root, *sweep[i])
            done.append('%s=%r' % sweep[i])
        else:
            for _ in range(rand.choice([0, 1, 1, 1, 1, 2, 3])):
                done.append(mutator.mutate(root)[0])
        doctype = rand.random() < 0.005
        path = os.path.join(workdir, 'case-%05d.polku' % i)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(serialise(root, doctype))
        files.append(path)
        what[path] = ', '.join(done + (['doctype'] if doctype else [])) or 'unchanged'

    schema_says = xmllint_verdicts(args.schema, files)
    polku_says = polku_verdicts(args.cli, files)

    problems = []
    excused = 0
    valid = []
    for f in files:
        message = polku_says[f]
        if schema_says[f] and message is None:
            valid.append(f)
        elif schema_says[f] and message is not None:
            if any(rule.search(message) for rule in DOCUMENTED_RULES):
                excused += 1
            else:
                problems.append('%s (%s): the schema accepts it, Polku refuses it: %s' % (f, what[f], message))
        elif not schema_says[f] and message is None:
            problems.append('%s (%s): the schema refuses it, Polku accepts it' % (f, what[f]))

    # Round trip of every file both accept.
    r = subprocess.run([args.round_trip, saved_dir] + valid, capture_output=True, text=True)
    for line in r.stdout.splitlines():
        problems.append('round trip: %s' % line)
    saved = [os.path.join(saved_dir, os.path.basename(f)) for f in valid]
    saved_verdicts = xmllint_verdicts(args.schema, saved) if saved else {}
    for f, s in zip(valid, saved):
        if not saved_verdicts.get(s):
            problems.append('%s (%s): its saved form fails the schema' % (f, what[f]))
            continue
        original = canon(ET.parse(f).getroot())
        written = canon(ET.parse(s).getroot())
        if original != written:
            problems.append('%s (%s): its saved form does not hold the same values' % (f, what[f]))

    n_invalid = sum(1 for f in files if not schema_says[f])
    print('%d cases: %d valid and round-tripped, %d invalid, %d refused by documented rules'
          % (len(files), len(valid), n_invalid, excused))
    for p in problems[:40]:
        print(p)
    if problems:
        print('%d disagreements; the cases are in %s' % (len(problems), workdir))
        return 1
    if not args.keep:
        shutil.rmtree(workdir)
    return 0


if __name__ == '__main__':
    sys.exit(main())
