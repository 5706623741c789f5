"""Participants on their phones (no Qt): the page a shared room serves, its messages, the
gateway that checks and limits them, and the facilitator's inbox."""
