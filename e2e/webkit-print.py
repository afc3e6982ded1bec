# Prints pages to PDF through WebKitGTK's own print operation, as a reader's print dialog would:
# WebKitWebDriver has no print command. Needs a display (the test runs it under xvfb-run).
#   python3 e2e/webkit-print.py OUT_DIR URL...   writes OUT_DIR/1.pdf, 2.pdf, … in the URLs' order
import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

out_dir, urls = sys.argv[1], sys.argv[2:]
view = WebKit2.WebView()
window = Gtk.OffscreenWindow()
window.add(view)
window.show_all()
pending = list(enumerate(urls, 1))
failures = []


def next_page():
    if not pending:
        Gtk.main_quit()
        return
    view.load_uri(pending[0][1])


def print_page(_view, event):
    if event != WebKit2.LoadEvent.FINISHED:
        return
    number, url = pending.pop(0)
    settings = Gtk.PrintSettings()
    settings.set_printer("Print to File")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, "file://" + os.path.abspath(os.path.join(out_dir, f"{number}.pdf")))
    page_setup = Gtk.PageSetup()
    page_setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(page_setup)
    operation.connect("failed", lambda _op, error: failures.append(f"{url}: {error.message}"))
    operation.connect("finished", lambda _op: next_page())
    operation.print_()


view.connect("load-changed", print_page)
next_page()
Gtk.main()
for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
