package org.chancery.documents;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.kernel.FieldException;
import org.chancery.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates of document types per issuing unit, kept by the system administrator: the organ mark
 * printed in red, the code of the reference numbers, and the main recipients a new draft starts with.
 */
@Service
@Transactional
public class DocumentTemplates {

	/** A template as the administrator writes it. */
	public record TemplateDraft(@NotNull DocumentType type, @NotNull UUID unitId, @NotBlank @Size(max = 100) String organMark,
			@NotBlank @Size(max = 20) String referenceCode, @Nullable @Size(max = 20) List<@Valid Addressee> defaultRecipients) {
	}

	private final Templates templates;
	private final Organization organization;
	private final AuditTrail audit;

	DocumentTemplates(Templates templates, Organization organization, AuditTrail audit) {
		this.templates = templates;
		this.organization = organization;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DocumentTemplate> all() {
		return templates.findAllByOrderByTypeAscReferenceCodeAsc();
	}

	/** Creates the template of the type and unit, or changes it. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public DocumentTemplate save(TemplateDraft d) {
		if (organization.units().stream().noneMatch(u -> u.id().equals(d.unitId()))) {
			throw new FieldException("unitId", "document.unknownUnit");
		}
		String code = d.referenceCode().strip();
		if (!ReferenceNumber.validCode(code)) {
			throw new FieldException("referenceCode", "reference.badCode", code);
		}
		List<Addressee> recipients = d.defaultRecipients() == null ? List.of() : d.defaultRecipients();
		String defaults = recipients.isEmpty() ? null
				: String.join(",", recipients.stream().map(a -> a.kind() + ":" + a.id()).toList());
		DocumentTemplate template = templates.findByTypeAndUnitId(d.type(), d.unitId()).map(t -> {
			t.change(d.organMark().strip(), code, defaults);
			return t;
		}).orElseGet(() -> templates.save(new DocumentTemplate(d.type(), d.unitId(), d.organMark().strip(), code, defaults)));
		audit.record(AuditRecord.success("document.template.save", "document-template", template.id(), d.type() + " " + code + " " + d.organMark()));
		return template;
	}

	/** The main recipients a template gives a new draft. */
	static List<Addressee> defaults(DocumentTemplate template) {
		if (template.defaultRecipients() == null || template.defaultRecipients().isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(template.defaultRecipients().split(",")).map(v -> v.split(":", 2))
			.map(kv -> new Addressee(Party.Kind.valueOf(kv[0]), UUID.fromString(kv[1]))).toList();
	}
}
