"""The conversation with the reporter: the message thread, questions and letters, reminders,
attachments."""
