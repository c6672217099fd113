package org.chancery.documents;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * The defaults of one type from one issuing organ: the organ mark printed in red, the code of its
 * reference numbers and the usual main recipients (a text of the recipients' codes).
 */
@Entity
@Table(name = "doc_template")
public class DocumentTemplate {

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DocumentType type;
	@Column(name = "unit_id", nullable = false)
	private UUID unitId;
	@Column(name = "organ_mark", nullable = false, length = 100)
	private String organMark;
	@Column(name = "reference_code", nullable = false, length = 20)
	private String referenceCode;
	@Column(name = "default_recipients", length = 1000)
	private @Nullable String defaultRecipients;
	@Version
	private long version;

	protected DocumentTemplate() {
	}

	DocumentTemplate(DocumentType type, UUID unitId, String organMark, String referenceCode, @Nullable String defaultRecipients) {
		this.id = UUID.randomUUID();
		this.type = type;
		this.unitId = unitId;
		change(organMark, referenceCode, defaultRecipients);
	}

	void change(String organMark, String referenceCode, @Nullable String defaultRecipients) {
		this.organMark = organMark;
		this.referenceCode = referenceCode;
		this.defaultRecipients = defaultRecipients;
	}

	public UUID id() { return id; }
	public DocumentType type() { return type; }
	public UUID unitId() { return unitId; }
	public String organMark() { return organMark; }
	public String referenceCode() { return referenceCode; }
	public @Nullable String defaultRecipients() { return defaultRecipients; }
}
