package org.chancery.documents.web;

import java.io.IOException;
import java.util.UUID;

import org.chancery.documents.DocumentTemplates;
import org.chancery.documents.DocumentType;
import org.chancery.documents.ProcessModels;
import org.chancery.kernel.DomainException;
import org.chancery.kernel.FieldException;
import org.chancery.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's pages for documents: templates per type and unit, and the routing model's versions. */
@Controller
@RequestMapping("/documents/admin")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AdministrationPages {

	private final DocumentTemplates templates;
	private final ProcessModels models;
	private final Organization organization;
	private final org.chancery.documents.Seals seals;

	AdministrationPages(DocumentTemplates templates, ProcessModels models, Organization organization, org.chancery.documents.Seals seals) {
		this.seals = seals;
		this.templates = templates;
		this.models = models;
		this.organization = organization;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("units", organization.unitsById(templates.all().stream().map(t -> t.unitId()).toList()));
		model.addAttribute("unitOptions", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("versions", models.versions());
		var sealed = seals.units();
		model.addAttribute("seals", sealed);
		model.addAttribute("sealUnits", organization.unitsById(sealed.keySet()));
		return "documents/admin";
	}

	@PostMapping("/templates")
	String save(@RequestParam(required = false) @Nullable DocumentType type, @RequestParam(required = false) @Nullable UUID unitId,
			@RequestParam(defaultValue = "") String organMark, @RequestParam(defaultValue = "") String referenceCode, RedirectAttributes r) {
		if (type == null || unitId == null || organMark.isBlank() || organMark.length() > 100 || referenceCode.isBlank() || referenceCode.length() > 20) {
			r.addFlashAttribute("flashError", "template.incomplete");
			return "redirect:/documents/admin";
		}
		try {
			templates.save(new DocumentTemplates.TemplateDraft(type, unitId, organMark, referenceCode, null));
			r.addFlashAttribute("flash", "template.saved");
		}
		catch (FieldException e) {
			r.addFlashAttribute("flashError", e.messageKey());
			r.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
		}
		return "redirect:/documents/admin";
	}

	@PostMapping("/seals")
	String seal(@RequestParam(required = false) @Nullable UUID unitId, @RequestParam("file") MultipartFile file, RedirectAttributes r)
			throws IOException {
		if (unitId == null) {
			r.addFlashAttribute("flashError", "template.incomplete");
			return "redirect:/documents/admin";
		}
		try {
			seals.set(unitId, file.getBytes());
			r.addFlashAttribute("flash", "seal.saved");
		}
		catch (FieldException e) {
			r.addFlashAttribute("flashError", e.messageKey());
			r.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
		}
		return "redirect:/documents/admin";
	}

	@PostMapping("/models")
	String deploy(@RequestParam("file") MultipartFile file, RedirectAttributes r) throws IOException {
		try {
			var version = models.deploy(String.valueOf(file.getOriginalFilename()), file.getBytes());
			r.addFlashAttribute("flash", "model.deployed");
			r.addFlashAttribute("flashArg", version.version());
		}
		catch (DomainException e) {
			r.addFlashAttribute("flashError", e.messageKey());
			r.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
		}
		return "redirect:/documents/admin";
	}
}
