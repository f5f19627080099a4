"""Checks across fields, run after a scheme has validated: references and dates (rules), shapes of joining and
matching, links, date bounds, form providers, clashes with the site's own pages, placeholders and recommended parts."""
