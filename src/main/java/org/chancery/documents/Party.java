package org.chancery.documents;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Someone a document names: a co-issuing unit, a main recipient, a copied-to organ, a countersigning
 * unit or a signer. Refers to the organization by id.
 */
@Embeddable
public record Party(
		@Enumerated(EnumType.STRING) @Column(name = "party_role", nullable = false, length = 20) Role role,
		@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) Kind kind,
		@Column(name = "ref_id", nullable = false) UUID refId) {

	/** What the party is to the document. */
	public enum Role {
		CO_ISSUER, MAIN, COPY, COUNTERSIGN, SIGNER
	}

	/** What the id refers to: an internal unit, an external organ, a leadership body or a person. */
	public enum Kind {
		UNIT, EXTERNAL, BODY, PERSON
	}

	public static Party unit(Role role, UUID id) {
		return new Party(role, Kind.UNIT, id);
	}
}
