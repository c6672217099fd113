package org.chancery.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A saved state of a document's content; versions are never changed. */
@Entity
@Table(name = "doc_version")
public class DocumentVersion implements org.springframework.data.domain.Persistable<UUID> {

	/** Written once: saving a new one inserts without looking it up first. */
	@jakarta.persistence.Transient
	private boolean fresh;

	@Id
	private UUID id;
	@Column(name = "document_id", nullable = false)
	private UUID documentId;
	@Column(name = "seq_no", nullable = false)
	private int number;
	@Column(name = "saved_by", nullable = false)
	private UUID savedBy;
	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;
	@Column(nullable = false, length = 1_000_000)
	private String snapshot;

	protected DocumentVersion() {
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@jakarta.persistence.PostPersist
	@jakarta.persistence.PostLoad
	void stored() {
		fresh = false;
	}

	DocumentVersion(UUID documentId, int number, UUID savedBy, Instant savedAt, String snapshot) {
		this.id = UUID.randomUUID();
		this.fresh = true;
		this.documentId = documentId;
		this.number = number;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.snapshot = snapshot;
	}

	public UUID id() { return id; }
	public UUID documentId() { return documentId; }
	public int number() { return number; }
	public UUID savedBy() { return savedBy; }
	public Instant savedAt() { return savedAt; }
	public String snapshot() { return snapshot; }
}
