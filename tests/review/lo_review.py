# pyright: reportMissingImports=false
# (uno and com.sun.star are LibreOffice's, importable by the system Python only)
"""A reviewer in LibreOffice: opens a Word file, records changes, edits and comments, saves .docx.

Run by the system Python (``/usr/bin/python3``), which has LibreOffice's ``uno`` module
(Debian's python3-uno); the tests call it as a subprocess. Arguments: the Word file, the
reviewed file to write, a folder for LibreOffice's profile, and the review as JSON: a list of
[action, text found, argument] with action replace, delete, delete_through (whole paragraphs
from the one with the text found to the one with the argument), insert_after or comment.
"""

import json
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

AUTHOR = "审稿人张三"


def prop(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not answer")


def set_author(context):
    """The user's name, which LibreOffice records as the author of each change."""
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context)
    data = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    data.setPropertyValue("givenname", AUTHOR)
    data.setPropertyValue("sn", "")
    data.commitChanges()


def find(doc, wanted):
    """A cursor over the first ``wanted`` in the body or a frame (search needs a view's layout)."""
    frames = doc.getTextFrames()
    texts = [doc.getText()] + [frames.getByIndex(i).getText() for i in range(frames.getCount())]
    for text in texts:
        paragraphs = text.createEnumeration()
        while paragraphs.hasMoreElements():
            paragraph = paragraphs.nextElement()
            if not paragraph.supportsService("com.sun.star.text.Paragraph"):
                continue
            at = paragraph.getString().find(wanted)
            if at >= 0:
                cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart())
                cursor.goRight(at, False)
                cursor.goRight(len(wanted), True)
                return cursor
    raise SystemExit(f"not found: {wanted}")


def review(doc, actions):
    for action, found_text, argument in actions:
        found = find(doc, found_text)
        if action == "replace":
            found.setString(argument)
        elif action == "delete":
            found.setString("")
        elif action == "delete_through":  # whole paragraphs, up to the one starting with argument
            cursor = found.getText().createTextCursorByRange(found.getStart())
            cursor.gotoStartOfParagraph(False)
            cursor.gotoRange(find(doc, argument).getStart(), True)
            cursor.gotoStartOfParagraph(True)
            cursor.setString("")
        elif action == "insert_after":
            text = found.getText()
            text.insertString(text.createTextCursorByRange(found.getEnd()), argument, False)
        elif action == "comment":
            note = doc.createInstance("com.sun.star.text.textfield.Annotation")
            note.Author = AUTHOR
            note.DateTimeValue = uno.createUnoStruct("com.sun.star.util.DateTime", 0, 0, 30, 9, 1, 12, 2026, True)
            note.Content = argument
            found.getText().insertTextContent(found, note, True)
        else:
            raise SystemExit(f"unknown action {action}")


def main():
    source, target, profile, actions = sys.argv[1:5]
    pipe = f"bulletin-review-{os.getpid()}"
    office = subprocess.Popen(start_new_session=True, args=[
        "soffice", f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}", "--headless", "--invisible",
        "--norestore", "--nologo", "--nodefault", f"--accept=pipe,name={pipe};urp;"])
    try:
        context = connect(pipe)
        set_author(context)
        # The document without a view: a comment drawn in a view's margin needs UI files that
        # the no-GUI LibreOffice lacks (it aborts).
        doc = context.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", context)
        files = context.ServiceManager.createInstanceWithContext("com.sun.star.ucb.SimpleFileAccess", context)
        url = uno.systemPathToFileUrl(source)
        doc.load((prop("InputStream", files.openFileRead(url)), prop("URL", url),
                  prop("FilterName", "MS Word 2007 XML")))
        doc.setPropertyValue("RecordChanges", True)
        review(doc, json.loads(actions))
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
    finally:
        os.killpg(office.pid, signal.SIGKILL)  # soffice is a script: its soffice.bin goes too
        office.wait()


if __name__ == "__main__":
    main()
