package org.chancery.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.identity.ChanceryUser;
import org.chancery.kernel.Blobs;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.kernel.NotFoundException;
import org.chancery.secrecy.ContentVault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a document: PDF, images and office files, recognised by their content (never by the
 * name or the type the browser claims), limited in size, stored under a safe name. A classified
 * document's files are encrypted with its data key. Reading a file is reading the document: the same
 * access rule, the same disclosure record.
 */
@Service
@Transactional
public class AttachedFiles {

	/** A file as listed; the bytes come from {@link #content}. */
	public record AttachedFile(UUID id, UUID documentId, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
	}

	/** A file's bytes with what a download needs to say about them. */
	public record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final Drafting drafting;
	private final Blobs blobs;
	private final ContentVault vault;
	private final JdbcTemplate jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final long maxBytes;

	AttachedFiles(Drafting drafting, Blobs blobs, ContentVault vault, JdbcTemplate jdbc, AuditTrail audit, Clock clock,
			@Value("${chancery.documents.max-file-bytes:20971520}") long maxBytes) {
		this.drafting = drafting;
		this.blobs = blobs;
		this.vault = vault;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/** The drafter attaches a file while the draft is theirs. */
	public AttachedFile attach(UUID documentId, String originalName, byte[] bytes) {
		OutgoingDocument doc = editable(documentId);
		if (bytes.length == 0 || bytes.length > maxBytes) {
			throw new FieldException("file", "file.size", maxBytes / (1024 * 1024));
		}
		String type = FileKinds.detect(bytes).orElseThrow(() -> new FieldException("file", "file.type"));
		String name = FileKinds.safeName(originalName, type);
		String blob = blobs.put(doc.classified() ? vault.seal(doc.id(), bytes) : bytes);
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.update("insert into doc_file (id, document_id, file_name, content_type, size_bytes, sha256, blob, sealed, uploaded_by, uploaded_at)"
				+ " values (?,?,?,?,?,?,?,?,?,?)", id, doc.id(), name, type, (long) bytes.length, Blobs.sha256(bytes), blob, doc.classified(),
				me().accountId(), Timestamp.from(now));
		audit.record(AuditRecord.success("document.file.attach", "document", doc.id(), name + " " + type + " " + bytes.length + " bytes"));
		return new AttachedFile(id, doc.id(), name, type, bytes.length, Blobs.sha256(bytes), now);
	}

	/** Read-write: reading a 机密/绝密 document writes its disclosure record. */
	public List<AttachedFile> files(UUID documentId) {
		drafting.visible(documentId);
		return jdbc.query("select id, document_id, file_name, content_type, size_bytes, sha256, uploaded_at from doc_file where document_id = ?"
				+ " order by uploaded_at, file_name", (rs, i) -> new AttachedFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()), documentId);
	}

	/** The bytes of a file, for whoever may read the document (a read of a 机密/绝密 one is disclosed). */
	public Content content(UUID documentId, UUID fileId) {
		OutgoingDocument doc = drafting.visible(documentId);
		record Row(String name, String type, String blob, boolean sealed) {
		}
		Row row = jdbc.query("select file_name, content_type, blob, sealed from doc_file where id = ? and document_id = ?",
				(rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), fileId, documentId).stream().findFirst()
			.orElseThrow(NotFoundException::new);
		byte[] stored = blobs.get(row.blob());
		return new Content(row.name(), row.type(), row.sealed() ? vault.open(doc.id(), stored) : stored);
	}

	/** The drafter removes a file while the draft is theirs. */
	public void remove(UUID documentId, UUID fileId) {
		OutgoingDocument doc = editable(documentId);
		String name = jdbc.query("select file_name from doc_file where id = ? and document_id = ?", (rs, i) -> rs.getString(1), fileId, documentId)
			.stream().findFirst().orElseThrow(NotFoundException::new);
		jdbc.update("delete from doc_file where id = ?", fileId);
		audit.record(AuditRecord.success("document.file.remove", "document", doc.id(), name));
	}

	private OutgoingDocument editable(UUID documentId) {
		OutgoingDocument doc = drafting.visible(documentId);
		if (!doc.drafterId().equals(me().accountId()) || !doc.state().editableByDrafter()) {
			throw new DomainException("document.notEditable");
		}
		return doc;
	}

	private static ChanceryUser me() {
		return ChanceryUser.current().orElseThrow(NotFoundException::new);
	}
}
