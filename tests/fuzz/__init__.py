"""Fuzzing of the file readers and of clipboard paste (issue 7); see test_fuzz_readers.py.

``corpus/<format>/`` keeps the interesting inputs: every input that ever found a bug
(minimised, named after the input class) and representative nasty inputs. Every file there is
replayed on each ``make test``; the mutation fuzzer also starts from them.
"""
