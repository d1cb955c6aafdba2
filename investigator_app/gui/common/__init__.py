"""What the other GUI packages share: background calls, formatting of dates, icons, Dutch
labels, error texts, theme colours."""
