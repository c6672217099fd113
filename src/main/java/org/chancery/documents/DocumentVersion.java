package org.chancery.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A saved state of a document's content; versions are never changed. */
@Entity
@Table(name = "doc_version")
public class DocumentVersion extends WrittenOnce {

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

	DocumentVersion(UUID documentId, int number, UUID savedBy, Instant savedAt, String snapshot) {
		super(UUID.randomUUID());
		this.documentId = documentId;
		this.number = number;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
		this.snapshot = snapshot;
	}

	public UUID documentId() { return documentId; }
	public int number() { return number; }
	public UUID savedBy() { return savedBy; }
	public Instant savedAt() { return savedAt; }
	public String snapshot() { return snapshot; }
}
