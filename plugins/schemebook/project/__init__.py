"""The whole site: every scheme loaded and checked at one "now", the site settings file and options, what the
host loads from other websites, and the evaluation data."""
