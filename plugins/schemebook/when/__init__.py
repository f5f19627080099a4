"""Time: the build's one clock, dates as people write them, relative events resolved, each cohort's overrides
and each cohort's state at "now"."""
