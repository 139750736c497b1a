"""Text normalisation: a post's text becomes a ``Doc`` of tokens, with its language and lemmas.

The modules depend on each other in one direction only (a test checks there is no cycle)::

    _unicode_tables, doc  <-  text (tokenizer, fold)  <-  lang, lemmas, stopwords, sentences
                                                       <-  pipeline (normalize: all of the above)

This package file imports nothing, so ``from riskcheck.normalize.doc import Doc`` does not load
the language tables or the tokenizer's regexes.
"""
