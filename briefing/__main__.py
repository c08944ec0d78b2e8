from briefing.cli import console_entry

console_entry()
