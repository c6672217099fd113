package org.chancery.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.NotFoundException;
import org.chancery.organization.Organization;
import org.chancery.organization.Person;
import org.chancery.organization.Unit;
import org.chancery.secrecy.CarrierCopy;
import org.chancery.secrecy.Custody;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed form of a document: its {@link Sheet} drawn by {@link Typesetting}. An unclassified
 * document prints for anyone who may see it; a classified one only as a numbered copy from the secrecy
 * copy register, for the confidential clerk, each copy with its own number.
 */
@Service
@Transactional(readOnly = true)
public class Printing {

	/** What a check of a PDF found: its signature, and whether it is a document Chancery issued. */
	public record Verification(boolean signed, boolean intact, boolean coversWholeFile, boolean trustedSigner, @Nullable String signer,
			java.time.@Nullable Instant signedAt, @Nullable String algorithm, boolean registered, @Nullable String referenceNumber,
			@Nullable String copyNumber) {

		public boolean valid() {
			return signed && intact && coversWholeFile && trustedSigner && registered;
		}
	}

	private final Drafting drafting;
	private final Templates templates;
	private final OrganKeys keys;
	private final Seals seals;
	private final PadesSignatures signatures;
	private final org.chancery.kernel.Blobs blobs;
	private final org.chancery.secrecy.ContentVault vault;
	private final org.springframework.jdbc.core.JdbcTemplate jdbc;
	private final Organization organization;
	private final Custody custody;
	private final Typesetting typesetting;
	private final DocumentsProperties properties;
	private final AuditTrail audit;
	private final Clock clock;

	Printing(Drafting drafting, Templates templates, Organization organization, Custody custody, Typesetting typesetting,
			DocumentsProperties properties, AuditTrail audit, Clock clock, OrganKeys keys, PadesSignatures signatures,
			org.chancery.kernel.Blobs blobs, org.chancery.secrecy.ContentVault vault, org.springframework.jdbc.core.JdbcTemplate jdbc, Seals seals) {
		this.seals = seals;
		this.keys = keys;
		this.signatures = signatures;
		this.blobs = blobs;
		this.vault = vault;
		this.jdbc = jdbc;
		this.drafting = drafting;
		this.templates = templates;
		this.organization = organization;
		this.custody = custody;
		this.typesetting = typesetting;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The PDF of an unclassified document: the issued, signed one once printed; before that an unsigned
	 * proof (a draft prints without reference number).
	 */
	@Transactional
	public byte[] pdf(UUID documentId) {
		OutgoingDocument doc = drafting.visible(documentId);
		if (doc.classified()) {
			throw new DomainException("printing.numberedCopiesOnly");
		}
		return issued(doc.id(), null).map(row -> blobs.get(row.blob())).orElseGet(() -> typesetting.render(sheet(doc, null)));
	}

	/** The issued PDF of one numbered copy of a classified document, for the confidential clerk. */
	@Transactional
	public byte[] copy(UUID documentId, String copyNumber) {
		OutgoingDocument doc = drafting.visible(documentId);
		custody.copiesOf(documentId).stream().filter(c -> c.label().equals(copyNumber)).findFirst().orElseThrow(NotFoundException::new);
		Issued row = issued(doc.id(), copyNumber).orElseThrow(NotFoundException::new);
		byte[] pdf = vault.open(doc.id(), blobs.get(row.blob()));
		audit.record(AuditRecord.success("document.copyPdf", "document", doc.id(), "copy " + copyNumber));
		return pdf;
	}

	private record Issued(String blob, boolean sealed) {
	}

	private java.util.Optional<Issued> issued(UUID documentId, @Nullable String copy) {
		return jdbc.query("select blob, sealed from doc_issued where document_id = ? and " + (copy == null ? "copy_label is null" : "copy_label = ?")
				+ " order by issued_at desc", (rs, i) -> new Issued(rs.getString(1), rs.getBoolean(2)),
				copy == null ? new Object[] { documentId } : new Object[] { documentId, copy }).stream().findFirst();
	}

	/**
	 * Printing: draws the registered document, signs it with the issuing organ's key and keeps it: once for
	 * an unclassified document, once per numbered copy of a classified one (encrypted with the item's key).
	 */
	@Transactional
	void issue(OutgoingDocument doc, List<String> copyNumbers) {
		Unit issuer = organization.unit(doc.issuingUnitId());
		String organ = fullName(issuer);
		OrganKeys.Credential credential = keys.of(issuer.id(), organ);
		List<String> labels = doc.classified() ? copyNumbers : java.util.Collections.singletonList(null);
		for (String label : labels) {
			byte[] signed = signatures.sign(typesetting.render(sheet(doc, label)), credential, organ,
					doc.referenceNumber() + (label == null ? "" : " 份号" + label), clock.instant());
			String blob = blobs.put(doc.classified() ? vault.seal(doc.id(), signed) : signed);
			jdbc.update("insert into doc_issued (id, document_id, copy_label, pdf_sha256, blob, sealed, algorithm, issued_at) values (?,?,?,?,?,?,?,?)",
					UUID.randomUUID(), doc.id(), label, org.chancery.kernel.Blobs.sha256(signed), blob, doc.classified(), credential.algorithm().name(),
					java.sql.Timestamp.from(clock.instant()));
		}
	}

	/**
	 * Checks a PDF someone holds: the signature over the whole file by a key of one of the office's
	 * organs, and whether it is a document Chancery issued (by the file's SHA-256).
	 */
	@Transactional
	public Verification verify(byte[] pdf) {
		PadesSignatures.Check check = signatures.check(pdf);
		boolean trusted = check.certificateSha256() != null && keys.trustedFingerprints().contains(check.certificateSha256());
		var match = jdbc.query("select d.reference_number, i.copy_label from doc_issued i join doc_outgoing d on d.id = i.document_id"
				+ " where i.pdf_sha256 = ?", (rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, org.chancery.kernel.Blobs.sha256(pdf));
		String[] found = match.isEmpty() ? null : match.getFirst();
		Verification result = new Verification(check.signed(), check.intact(), check.coversWholeFile(), trusted, check.signer(), check.signedAt(),
				check.algorithm(), found != null, found == null ? null : found[0], found == null ? null : found[1]);
		audit.record(AuditRecord.success("document.verify", "pdf", org.chancery.kernel.Blobs.sha256(pdf).substring(0, 16),
				result.valid() ? "valid " + result.referenceNumber() : "not valid"));
		return result;
	}

	/** Everything the layout draws, in print form. */
	Sheet sheet(OutgoingDocument doc, @Nullable String copyNumber) {
		Unit issuer = organization.unit(doc.issuingUnitId());
		List<UUID> coIssuers = doc.partyIds(Party.Role.CO_ISSUER);
		List<String> organs = new ArrayList<>();
		List<String> organNames = new ArrayList<>();
		organNames.add(fullName(issuer));
		String suffix = "";
		if (coIssuers.isEmpty()) {
			organs.add(doc.organMark());
		}
		else {
			suffix = "文件";
			organs.add(doc.organMark().endsWith("文件") ? doc.organMark().substring(0, doc.organMark().length() - 2) : doc.organMark());
			for (UUID co : coIssuers) {
				Unit unit = organization.unit(co);
				String mark = templates.findByTypeAndUnitId(doc.type(), co).map(DocumentTemplate::organMark).orElse(fullName(unit));
				organs.add(mark.endsWith("文件") ? mark.substring(0, mark.length() - 2) : mark);
				organNames.add(fullName(unit));
			}
		}
		List<String> signers = doc.direction() == Direction.UP ? drafting.namesOf(doc.parties(Party.Role.SIGNER)) : List.of();
		String recipients = String.join("，", drafting.namesOf(doc.parties(Party.Role.MAIN)));
		List<Sheet.Attachment> attachments = drafting.attachments(doc).stream().map(a -> new Sheet.Attachment(a.title(), a.body())).toList();
		Drafting.Attendance attendance = drafting.attendance(doc);
		Sheet.Minutes minutes = doc.type() == DocumentType.MINUTES
				? new Sheet.Minutes(attendance == null ? null : attendance.present(), attendance == null ? null : attendance.onLeave(),
						attendance == null ? null : attendance.attending())
				: null;
		String signerLine = null;
		if (doc.type() == DocumentType.ORDER && !doc.partyIds(Party.Role.SIGNER).isEmpty()) {
			Person signer = organization.person(doc.partyIds(Party.Role.SIGNER).getFirst());
			signerLine = signer.position() + "　" + signer.nameZh();
		}
		Unit printer = organization.unitByCode(properties.printingUnit()).orElse(issuer);
		LocalDate today = LocalDate.now(clock);
		return new Sheet(doc.type().layout(), copyNumber, doc.classified() ? drafting.marking(doc) : null,
				doc.urgency() == Urgency.NORMAL ? null : doc.urgency().chinese(), organs, suffix, doc.referenceNumber(), signers, doc.title(),
				recipients, drafting.body(doc), attachments, organNames, doc.writtenOn() == null ? today : doc.writtenOn(),
				doc.type() != DocumentType.MINUTES && doc.type() != DocumentType.ORDER, doc.note(), minutes, signerLine,
				drafting.namesOf(doc.parties(Party.Role.COPY)), fullName(printer), today, seals.image(issuer.id()).orElse(null));
	}

	/** A unit's name as it signs: under the top unit, prefixed with the top unit's name (中共中央办公厅秘书局). */
	String fullName(Unit unit) {
		if (unit.parentId() == null) {
			return unit.nameZh();
		}
		Unit parent = organization.unit(unit.parentId());
		return unit.nameZh().startsWith(parent.nameZh()) ? unit.nameZh() : parent.nameZh() + unit.nameZh();
	}
}
