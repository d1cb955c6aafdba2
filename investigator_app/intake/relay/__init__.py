"""The relay to the reporter: links, mails, the outbox and the worker that sends it."""
