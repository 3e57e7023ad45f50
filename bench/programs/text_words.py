"""Text processing: generate sentences from a vocabulary, split them into
words, normalize case and punctuation, count word frequencies in a dict,
find the most common words, and run a Caesar cipher both ways with
ord/chr (the round trip is the check).

  python3.11 text_words.py [ROUNDS]
"""
import _harness

CATEGORY = "string"
DEFAULT_SIZE = 1550
QUICK_SIZE = 15

SENTENCES = 60
VOCABULARY = ("the quick brown fox jumps over lazy dog while python interprets "
              "bytecode and the jit compiles hot functions into machine code").split()

# Sum of the per-round results.
EXPECTED = {1550: 849625, 15: 8095}


def make_text(count, seed):
    """count sentences of 6..15 words, capitalized, with punctuation."""
    state = seed
    sentences = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 6 + state % 10
        words = []
        for k in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(VOCABULARY[state % len(VOCABULARY)])
        sentence = " ".join(words)
        sentences.append(sentence[0].upper() + sentence[1:] + ("." if state % 3 else "!"))
    return " ".join(sentences)


def normalize(word):
    return word.strip(".,!?;:").lower()


def word_counts(text):
    counts = {}
    for word in text.split():
        word = normalize(word)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def shift_char(ch, shift):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + shift) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + shift) % 26 + 65)
    return ch


def caesar(text, shift):
    return "".join([shift_char(ch, shift) for ch in text])


def one_round(r):
    text = make_text(SENTENCES, r + 1)
    counts = word_counts(text)
    if sum(counts.values()) != len(text.split()):
        raise AssertionError("word counts do not add up")
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
    secret = caesar(text[:2000], 3 + r % 20)
    if caesar(secret, -(3 + r % 20)) != text[:2000]:
        raise AssertionError("caesar round trip failed")
    vowels = sum(1 for ch in secret if ch in "aeiou")
    return sum(n for _, n in top) + len(counts) + vowels


def run(rounds):
    return sum(one_round(r) for r in range(rounds))


if __name__ == "__main__":
    _harness.main("text_words", run, DEFAULT_SIZE, EXPECTED)
