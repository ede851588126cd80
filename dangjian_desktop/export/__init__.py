"""Files out and in: xlsx roster import/export, Word archives, PDF printing. No Qt here."""
