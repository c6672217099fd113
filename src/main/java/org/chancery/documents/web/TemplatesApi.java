package org.chancery.documents.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chancery.documents.DocumentTemplate;
import org.chancery.documents.DocumentTemplates;
import org.chancery.documents.DocumentType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The templates per type and issuing unit: organ mark, reference-number code, default main recipients. */
@RestController
@RequestMapping("/api/v1/document-templates")
@Tag(name = "Outgoing documents")
class TemplatesApi {

	private final DocumentTemplates templates;

	TemplatesApi(DocumentTemplates templates) {
		this.templates = templates;
	}

	record TemplateView(UUID id, DocumentType type, UUID unitId, String organMark, String referenceCode, @Nullable String defaultRecipients) {
		static TemplateView of(DocumentTemplate t) {
			return new TemplateView(t.id(), t.type(), t.unitId(), t.organMark(), t.referenceCode(), t.defaultRecipients());
		}
	}

	@GetMapping
	List<TemplateView> all() {
		return templates.all().stream().map(TemplateView::of).toList();
	}

	@PutMapping
	@Operation(summary = "Create or change the template of a type for an issuing unit (system administrator)")
	TemplateView save(@Valid @RequestBody DocumentTemplates.TemplateDraft draft) {
		return TemplateView.of(templates.save(draft));
	}
}
