"""usrok's Slack layer: settings, the Bolt app, listeners, Block Kit, the digest job and the console."""
