package org.ipcollab.cases.timeline.domain;

import java.util.UUID;

/** What {@link HashChain#verify} found: the chain is intact, or the first entry where it breaks and why. */
public sealed interface ChainVerdict {
    /** How many entries were checked. */
    int entries();

    /** Every entry follows its predecessor and its hash matches its content. */
    record Intact(int entries, String headHash) implements ChainVerdict {
    }

    /** The first broken entry (by position in the chain), the kind of break and a sentence for a person. */
    record Broken(int entries, int seq, UUID entryId, BreakReason reason, String detail) implements ChainVerdict {
    }

    enum BreakReason {
        /** The entry's content no longer gives its stored hash: the entry itself was changed. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it: an entry was replaced or reordered. */
        PREVIOUS_HASH_MISMATCH,
        /** A sequence number is missing: an entry was removed (the named entry is the one found in its place). */
        SEQUENCE_GAP,
        /** A sequence number repeats or goes back: entries were duplicated or reordered. */
        SEQUENCE_OUT_OF_ORDER
    }
}
