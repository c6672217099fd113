package org.chancery.secrecy;

import java.time.Instant;
import java.util.UUID;

/** The recipient of a confidential transport manifest signed for a numbered copy. */
public record CopySignedFor(UUID itemId, UUID copyId, UUID manifestId, UUID recipientAccountId, Instant at) {
}
