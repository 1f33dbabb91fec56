#!/usr/bin/env python3
"""test-atspi.py: the example journey as a screen reader finds it

Starts Polku on the example under the private display and bus the test runs
in, and reads the window through the accessibility bus (AT-SPI), as Orca
does:

  - every control on screen has a name, and none is called by a type name;
    pages that do not show are not in the tree;
  - the map has one child per phase, step and touchpoint, named after it;
  - arrow keys on the map move the focus to the item selected, and the
    focused item says the touchpoint with its tags and score;
  - the outline's rows say the same sentences as the map's items;
  - Tab leaves the outline in one step, and Shift+Left and Shift+Right
    close and open its rows;
  - the inspector's text fields say when they take the keys.

It starts its own X server, on a display number the server picks itself
(xvfb-run -a can hand two tests started together the same one). Keys go
through the X server with xdotool, as a keyboard sends them. Every wait
polls for a condition until a deadline. Prints TAP.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi, GLib  # noqa: E402

# How many times slower than usual the app runs: POLKU_TEST_SLOWDOWN, which
# the sanitized suite sets. Each wait for a condition is that many times
# longer there, and so is each wait for the app to answer a call (AT-SPI's
# own 800 ms, and 15 s while the app starts).
SLOWDOWN = int(os.environ.get('POLKU_TEST_SLOWDOWN', '1'))
DEADLINE = 30 * SLOWDOWN

APP = os.environ['POLKU_APP']
EXAMPLE = os.path.join(os.environ['POLKU_SOURCE_DIR'], 'data', 'examples', 'car-service.polku')

# Roles a user acts on: each needs a name of its own.
INTERACTIVE = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box',
    'text', 'password text', 'entry', 'spin button', 'slider', 'switch',
    'menu item', 'check menu item', 'radio menu item', 'list item',
    'tree item', 'page tab', 'link',
}
# GTK 4.8 falls back on the widget's type name, such as "GtkImage".
TYPE_NAME = re.compile(r'^(Gtk|Adw|Polku)[A-Z][A-Za-z]*$')
# A label's mnemonic read out as it is written, such as "_Open".
MNEMONIC = re.compile(r'(^|\s)_[^\s_]')
# Layout boxes and GTK's own scroll bars, which the keyboard never reaches,
# are not told apart by name.
UNNAMED_ROLES = {'filler', 'scroll bar'}


class Failure(Exception):
    pass


def pump():
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def wait_for(predicate, what, timeout=DEADLINE):
    end = time.monotonic() + timeout
    while True:
        pump()
        result = predicate()
        if result:
            return result
        if time.monotonic() > end:
            raise Failure('timed out waiting for ' + what)
        time.sleep(0.05)


def journey_items(path):
    """The example's phases, steps and touchpoints: (kind, name) in order."""
    root = ET.parse(path).getroot()
    ns = root.tag.split('}')[0] + '}'
    items = []
    for phase in root.iter(ns + 'phase'):
        items.append(('phase', phase.get('kind')))
        for step in phase.findall(ns + 'step'):
            items.append(('step', step.findtext(ns + 'name')))
            for touchpoint in step.findall(ns + 'touchpoint'):
                items.append(('touchpoint', touchpoint.findtext(ns + 'name')))
    title = root.find('.//' + ns + 'title').text
    return title, items


class Node:
    def __init__(self, accessible, parent):
        self.accessible = accessible
        self.parent = parent
        self.role = accessible.get_role_name()
        self.name = accessible.get_name() or ''
        self.description = accessible.get_description() or ''
        self.states = accessible.get_state_set()
        try:
            extents = accessible.get_extents(Atspi.CoordType.WINDOW)
            self.extents = (extents.x, extents.y, extents.width, extents.height)
        except GLib.Error:
            self.extents = None
        self.children = []

    def has(self, state):
        return self.states.contains(state)

    def on_screen(self, window):
        if self.extents is None:
            return False
        x, y, width, height = self.extents
        return (width > 0 and height > 0 and x < window[2] and y < window[3]
                and x + width > 0 and y + height > 0)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def path(self):
        names = []
        node = self
        while node is not None:
            names.append(f"{node.role} '{node.name}'")
            node = node.parent
        return ' < '.join(names[:5])


def read_tree(accessible, parent=None):
    node = Node(accessible, parent)
    for i in range(accessible.get_child_count()):
        child = accessible.get_child_at_index(i)
        if child is not None:
            node.children.append(read_tree(child, node))
    return node


def start_x_server():
    """Starts Xvfb on a free display; returns it and its display number."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(['Xvfb', '-displayfd', str(write_end), '-screen', '0', '1400x900x24',
                               '-nolisten', 'tcp'], pass_fds=[write_end], stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as display:
        number = display.readline().strip()
    if not number:
        raise Failure('Xvfb did not start')
    return server, ':' + number


class Session:
    def __init__(self):
        self.title, self.items = journey_items(EXAMPLE)
        self.home = tempfile.TemporaryDirectory(prefix='polku-atspi-')
        self.focused = []
        self.listener = None
        self.process = None
        self.x_server, display = start_x_server()
        try:
            os.environ['DISPLAY'] = display
            os.environ.pop('XAUTHORITY', None)
            env = dict(os.environ)
            for name in ('XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME'):
                env[name] = os.path.join(self.home.name, name.lower())
            self.process = subprocess.Popen([APP, EXAMPLE], env=env)
            self.listener = Atspi.EventListener.new(self.on_focus)
            self.listener.register('object:state-changed:focused')
            self.app = wait_for(self.find_app, 'Polku on the accessibility bus')
            self.frame = wait_for(self.find_frame, 'the window of the example')
            self.xid = wait_for(self.find_xid, 'the window on the X server')
        except BaseException:
            self.close()
            raise

    def close(self):
        if self.listener is not None:
            self.listener.deregister('object:state-changed:focused')
        for process in (self.process, self.x_server):
            if process is not None:
                process.terminate()
                process.wait(timeout=DEADLINE)
        self.home.cleanup()

    def on_focus(self, event):
        if event.detail1 == 1:
            self.focused.append(event.source)

    def find_app(self):
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == self.process.pid:
                return app
        return None

    def find_frame(self):
        for i in range(self.app.get_child_count()):
            frame = self.app.get_child_at_index(i)
            if frame is not None and frame.get_name() == self.title:
                return frame
        return None

    def find_xid(self):
        found = subprocess.run(['xdotool', 'search', '--pid', str(self.process.pid), '--name', self.title],
                               capture_output=True, text=True)
        ids = found.stdout.split()
        return ids[-1] if ids else None

    def tree(self):
        return read_tree(self.frame)

    def window(self):
        extents = self.frame.get_extents(Atspi.CoordType.WINDOW)
        return (0, 0, extents.width, extents.height)

    def canvas(self, tree):
        for node in tree.walk():
            if node.role == 'list' and node.name == self.title and node.description.startswith('Journey “'):
                return node
        return None

    def outline(self, tree):
        for node in tree.walk():
            if node.role == 'list' and node.name == 'Outline':
                return node
        return None

    def keys(self, *keys):
        subprocess.run(['xdotool', 'windowfocus', '--sync', self.xid], check=True)
        subprocess.run(['xdotool', 'key', '--delay', '40'] + list(keys), check=True)

    def click(self, node, x=None, y=None):
        """Clicks node at (x, y) in it, its middle by default."""
        # GTK 4.8 knows where things are in the window only.
        extents = node.accessible.get_extents(Atspi.CoordType.WINDOW)
        x = extents.width // 2 if x is None else x
        y = extents.height // 2 if y is None else y
        subprocess.run(['xdotool', 'windowfocus', '--sync', self.xid,
                        'mousemove', '--window', self.xid, str(extents.x + x), str(extents.y + y),
                        'click', '1'], check=True)

    def last_focused(self, predicate):
        pump()
        for accessible in reversed(self.focused):
            if predicate(accessible):
                return accessible
        return None


def test_every_control_is_named(session):
    tree = wait_for(lambda: (lambda t: t if session.canvas(t) else None)(session.tree()), 'the map in the tree')
    window = session.window()
    problems = []
    for node in tree.walk():
        if not node.on_screen(window):
            continue
        if node.role in INTERACTIVE and not node.name.strip():
            problems.append('no name: ' + node.path())
        elif node.role not in UNNAMED_ROLES and TYPE_NAME.match(node.name):
            problems.append('a type name: ' + node.path())
        elif MNEMONIC.search(node.name):
            problems.append('a mnemonic: ' + node.path())
    names = {node.name for node in tree.walk()}
    # The start page and the inspector's pages for other items do not show.
    for hidden in ('Map a Customer’s Journey', 'Select a phase, step or touchpoint to see its details'):
        if hidden in names:
            problems.append(f'“{hidden}” is in the tree, its page hidden')
    if problems:
        raise Failure('\n'.join(problems))


def test_canvas_has_a_child_per_item(session):
    tree = session.tree()
    canvas = session.canvas(tree)
    if canvas is None:
        raise Failure('no list named after the journey')
    if len(canvas.children) != len(session.items):
        raise Failure(f'the map has {len(canvas.children)} children, the journey {len(session.items)} items')
    for child, (kind, name) in zip(canvas.children, session.items):
        if child.role != 'list item':
            raise Failure(f'a {child.role} for {kind} {name}')
        if kind == 'phase':
            continue
        if child.name != name:
            raise Failure(f'the map names the {kind} “{name}” “{child.name}”')
        if not child.description.startswith(f'{kind.capitalize()} “{name}”'):
            raise Failure(f'the {kind} “{name}” is described as “{child.description}”')


def is_touchpoint(name):
    def predicate(accessible):
        return (accessible.get_role_name() == 'list item' and accessible.get_name() == name
                and (accessible.get_description() or '').startswith('Touchpoint'))
    return predicate


def test_arrow_keys_read_the_touchpoint(session):
    # A click on the map's header selects the journey and gives the map the
    # keys; from there down to the first phase, its first step, its first
    # touchpoint, and right to the next one.
    canvas = session.canvas(session.tree())
    session.click(canvas, 40, 20)
    wait_for(lambda: session.last_focused(lambda a: a.get_name() == session.title), 'the focus on the map')
    session.keys('Down', 'Down', 'Down', 'Right')
    focused = wait_for(lambda: session.last_focused(is_touchpoint('Service reminder text')),
                       'the focus on “Service reminder text”')
    description = focused.get_description()
    for words in ('Touchpoint “Service reminder text”, step “Noticing service is due”, phase “Pre-purchase”.',
                  'Channel: Mobile and text messages.', 'Non-critical, Opportunity.',
                  'Score 3.6 on the scale 1–5', 'target 4'):
        if words not in description:
            raise Failure(f'“{words}” is not in “{description}”')

    # On to the next step's first touchpoint.
    session.keys('Right')
    focused = wait_for(lambda: session.last_focused(is_touchpoint('Prices on the website')),
                       'the focus on “Prices on the website”')
    if not focused.get_state_set().contains(Atspi.StateType.SELECTED):
        raise Failure('the focused item is not the selected one')


def test_outline_reads_the_same_sentences(session):
    tree = session.tree()
    canvas = session.canvas(tree)
    outline = session.outline(tree)
    if outline is None:
        raise Failure('no outline')
    sentences = {child.description for child in canvas.children}
    window = session.window()
    rows = [row for row in outline.children if row.on_screen(window)]
    compared = 0
    for row in rows:
        if row.name.startswith('Journey “'):
            continue
        if row.name not in sentences:
            raise Failure(f'the outline row “{row.name}” says what no item of the map does')
        compared += 1
    if compared < 10:
        raise Failure(f'only {compared} rows of the outline on screen')


def outline_focused(accessible):
    parent = accessible.get_parent()
    return (accessible.get_role_name() == 'list item' and parent is not None
            and parent.get_name() == 'Outline')


def test_outline_keys(session):
    tree = session.tree()
    outline = session.outline(tree)
    phase = next(row for row in outline.children if row.name.startswith('Phase “Pre-purchase”'))
    n_rows = len(outline.children)
    session.click(phase)
    wait_for(lambda: session.last_focused(lambda a: outline_focused(a) and a.get_name() == phase.name),
             'the focus on the outline’s first phase')

    # Shift+Left closes the phase: its steps and touchpoints leave the list.
    session.keys('shift+Left')
    wait_for(lambda: session.outline(session.tree()).accessible.get_child_count() < n_rows,
             'the phase to close')
    session.keys('shift+Right')
    wait_for(lambda: session.outline(session.tree()).accessible.get_child_count() == n_rows,
             'the phase to open again')

    # One Tab leaves the outline for the map.
    session.focused.clear()
    session.keys('Tab')
    focused = wait_for(lambda: session.last_focused(lambda a: True), 'the focus to move on')
    if outline_focused(focused):
        raise Failure(f'Tab stayed in the outline, on “{focused.get_name()}”')
    if focused.get_role_name() != 'list item' or focused.get_parent().get_name() != session.title:
        raise Failure(f'Tab went to {focused.get_role_name()} “{focused.get_name()}”, not the map')


def test_inspector_fields_say_they_have_the_keys(session):
    # Tab from the map, the journey selected, goes to the inspector's first
    # field, which says it has the keys.
    canvas = session.canvas(session.tree())
    session.click(canvas, 40, 20)
    wait_for(lambda: session.last_focused(lambda a: a.get_name() == session.title), 'the focus on the map')
    session.focused.clear()
    session.keys('Tab')
    focused = wait_for(lambda: session.last_focused(lambda a: True), 'the focus to move on')
    if focused.get_role_name() != 'text' or focused.get_name() != 'Title':
        raise Failure(f'Tab went to {focused.get_role_name()} “{focused.get_name()}”, not the title')
    session.keys('Tab')
    focused = wait_for(lambda: session.last_focused(lambda a: a.get_name() != 'Title'), 'the focus to move on')
    if focused.get_role_name() != 'text' or focused.get_name() != 'Description':
        raise Failure(f'Tab went to {focused.get_role_name()} “{focused.get_name()}”, not the description')


def main():
    tests = [
        test_every_control_is_named,
        test_canvas_has_a_child_per_item,
        test_arrow_keys_read_the_touchpoint,
        test_outline_reads_the_same_sentences,
        test_outline_keys,
        test_inspector_fields_say_they_have_the_keys,
    ]
    print(f'1..{len(tests)}', flush=True)
    if SLOWDOWN > 1:
        Atspi.set_timeout(800 * SLOWDOWN, 15000 * SLOWDOWN)
    try:
        session = Session()
    except Failure as failure:
        print('Bail out! ' + str(failure), flush=True)
        return 1
    failed = 0
    try:
        for number, test in enumerate(tests, 1):
            try:
                test(session)
                print(f'ok {number} - {test.__name__}', flush=True)
            except Failure as failure:
                failed += 1
                print(f'not ok {number} - {test.__name__}', flush=True)
                for line in str(failure).splitlines():
                    print('# ' + line, flush=True)
    finally:
        session.close()
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
