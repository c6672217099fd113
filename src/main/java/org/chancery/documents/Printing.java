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

	private final Drafting drafting;
	private final Templates templates;
	private final Organization organization;
	private final Custody custody;
	private final Typesetting typesetting;
	private final DocumentsProperties properties;
	private final AuditTrail audit;
	private final Clock clock;

	Printing(Drafting drafting, Templates templates, Organization organization, Custody custody, Typesetting typesetting,
			DocumentsProperties properties, AuditTrail audit, Clock clock) {
		this.drafting = drafting;
		this.templates = templates;
		this.organization = organization;
		this.custody = custody;
		this.typesetting = typesetting;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The PDF of an unclassified document (a draft prints without reference number). */
	@Transactional
	public byte[] pdf(UUID documentId) {
		OutgoingDocument doc = drafting.visible(documentId);
		if (doc.classified()) {
			throw new DomainException("printing.numberedCopiesOnly");
		}
		return typesetting.render(sheet(doc, null));
	}

	/** The PDF of one numbered copy of a classified document, for the confidential clerk. */
	@Transactional
	public byte[] copy(UUID documentId, String copyNumber) {
		OutgoingDocument doc = drafting.visible(documentId);
		CarrierCopy copy = custody.copiesOf(documentId).stream().filter(c -> c.label().equals(copyNumber)).findFirst()
			.orElseThrow(NotFoundException::new);
		byte[] pdf = typesetting.render(sheet(doc, copy.label()));
		audit.record(AuditRecord.success("document.printCopy", "document", doc.id(), "copy " + copy.label()));
		return pdf;
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
				drafting.namesOf(doc.parties(Party.Role.COPY)), fullName(printer), today);
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
