package org.chancery.documents;

import java.util.List;
import java.util.UUID;

/**
 * A registered document went out. The internal units listed receive it inside Chancery (their
 * incoming registry takes it from here).
 */
public record DocumentDispatched(UUID documentId, String referenceNumber, String title, List<UUID> internalUnits) {
}
