package org.chancery.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.documents.Addressee;
import org.chancery.documents.Direction;
import org.chancery.documents.DocumentType;
import org.chancery.documents.Drafting;
import org.chancery.documents.OutgoingDocument;
import org.chancery.documents.Party;
import org.chancery.documents.Routing;
import org.chancery.documents.RulesViolated;
import org.chancery.documents.Urgency;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.identity.RoleGrant;
import org.chancery.kernel.Forms;
import org.chancery.organization.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of outgoing documents: the list, the drafting form, and the document page with its open
 * step (the form of whoever must act), the timeline, versions and comments.
 */
@Controller
@RequestMapping("/documents")
class DocumentPages {

	private final Drafting drafting;
	private final Routing routing;
	private final org.chancery.documents.Dispatching dispatching;
	private final Organization organization;
	private final java.time.Clock clock;
	private final org.chancery.identity.AccountDirectory directory;
	private final org.chancery.documents.Printing printing;
	private final org.chancery.secrecy.Custody custody;

	private final org.chancery.documents.AttachedFiles files;

	DocumentPages(org.chancery.documents.AttachedFiles files, org.chancery.documents.Printing printing, org.chancery.secrecy.Custody custody, Drafting drafting, Routing routing, org.chancery.documents.Dispatching dispatching, Organization organization,
			java.time.Clock clock, org.chancery.identity.AccountDirectory directory) {
		this.directory = directory;
		this.printing = printing;
		this.files = files;
		this.custody = custody;
		this.clock = clock;
		this.drafting = drafting;
		this.routing = routing;
		this.dispatching = dispatching;
		this.organization = organization;
	}

	/** The drafting form; recipients are "KIND:id" values of one select. */
	static final class DraftForm {

		@NotNull
		DocumentType type = DocumentType.NOTICE;
		@Nullable
		Direction direction;
		@NotNull
		@Nullable
		UUID issuingUnitId;
		@NotBlank
		@Size(max = 300)
		String title = "";
		Urgency urgency = Urgency.NORMAL;
		@Size(max = 200)
		String marking = "";
		boolean important;
		@Size(max = 500)
		String note = "";
		@Size(max = 200_000)
		String bodyText = "";
		List<UUID> coIssuers = new ArrayList<>();
		List<String> mainRecipients = new ArrayList<>();
		List<String> copiedTo = new ArrayList<>();
		List<UUID> countersignUnits = new ArrayList<>();
		List<UUID> signers = new ArrayList<>();

		// getters and setters for data binding
		public DocumentType getType() { return type; }
		public void setType(DocumentType type) { this.type = type; }
		public @Nullable Direction getDirection() { return direction; }
		public void setDirection(@Nullable Direction direction) { this.direction = direction; }
		public @Nullable UUID getIssuingUnitId() { return issuingUnitId; }
		public void setIssuingUnitId(@Nullable UUID issuingUnitId) { this.issuingUnitId = issuingUnitId; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public Urgency getUrgency() { return urgency; }
		public void setUrgency(Urgency urgency) { this.urgency = urgency; }
		public String getMarking() { return marking; }
		public void setMarking(String marking) { this.marking = marking; }
		public boolean isImportant() { return important; }
		public void setImportant(boolean important) { this.important = important; }
		public String getNote() { return note; }
		public void setNote(String note) { this.note = note; }
		public String getBodyText() { return bodyText; }
		public void setBodyText(String bodyText) { this.bodyText = bodyText; }
		public List<UUID> getCoIssuers() { return coIssuers; }
		public void setCoIssuers(List<UUID> coIssuers) { this.coIssuers = coIssuers; }
		public List<String> getMainRecipients() { return mainRecipients; }
		public void setMainRecipients(List<String> mainRecipients) { this.mainRecipients = mainRecipients; }
		public List<String> getCopiedTo() { return copiedTo; }
		public void setCopiedTo(List<String> copiedTo) { this.copiedTo = copiedTo; }
		public List<UUID> getCountersignUnits() { return countersignUnits; }
		public void setCountersignUnits(List<UUID> countersignUnits) { this.countersignUnits = countersignUnits; }
		public List<UUID> getSigners() { return signers; }
		public void setSigners(List<UUID> signers) { this.signers = signers; }

		Drafting.Draft draft() {
			return new Drafting.Draft(type, direction, issuingUnitId, title, urgency, marking, important, note, bodyText, null, coIssuers,
					addressees("mainRecipients", mainRecipients), addressees("copiedTo", copiedTo), countersignUnits, signers, null, null, null);
		}

		/** Reads "KIND:id" values; anything else is an error on the field, not a failure of the page. */
		static List<Addressee> addressees(String field, List<String> values) {
			try {
				return values.stream().map(v -> {
					String[] kv = v.split(":", 2);
					return new Addressee(Party.Kind.valueOf(kv[0]), UUID.fromString(kv[1]));
				}).toList();
			}
			catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
				throw new org.chancery.kernel.FieldException(field, "document.unknownParty");
			}
		}

		static DraftForm of(OutgoingDocument d, Drafting drafting) {
			DraftForm f = new DraftForm();
			f.type = d.type();
			f.direction = d.direction();
			f.issuingUnitId = d.issuingUnitId();
			f.title = d.title();
			f.urgency = d.urgency();
			f.marking = d.marking() == null ? "" : d.marking();
			f.important = d.important();
			f.note = d.note() == null ? "" : d.note();
			f.bodyText = drafting.body(d).text();
			f.coIssuers = new ArrayList<>(d.partyIds(Party.Role.CO_ISSUER));
			f.mainRecipients = new ArrayList<>(d.parties(Party.Role.MAIN).stream().map(p -> p.kind() + ":" + p.refId()).toList());
			f.copiedTo = new ArrayList<>(d.parties(Party.Role.COPY).stream().map(p -> p.kind() + ":" + p.refId()).toList());
			f.countersignUnits = new ArrayList<>(d.partyIds(Party.Role.COUNTERSIGN));
			f.signers = new ArrayList<>(d.partyIds(Party.Role.SIGNER));
			return f;
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) OutgoingDocument.@Nullable State state, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "updatedAt") String sort,
			@RequestParam(defaultValue = "desc") String dir, Model model) {
		model.addAttribute("page", drafting.list(new Drafting.Filter(state, type, q, mine), DocumentsApi.pageRequest(page, 20, sort, dir)));
		model.addAttribute("states", OutgoingDocument.State.values());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("state", state);
		model.addAttribute("type", type);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("mine", mine);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("mayDraft", !draftingUnits().isEmpty());
		return "documents/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) @Nullable DocumentType type, Model model) {
		DraftForm form = new DraftForm();
		if (type != null) {
			form.type = type;
		}
		List<UUID> units = draftingUnits();
		if (!units.isEmpty()) {
			form.issuingUnitId = units.getFirst();
		}
		return form(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DraftForm form, BindingResult errors, Model model) {
		return Forms.submit(errors, () -> drafting.create(form.draft()))
			.map(d -> "redirect:/documents/" + d.id())
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		OutgoingDocument doc = drafting.document(id);
		return form(DraftForm.of(doc, drafting), doc, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DraftForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(errors, () -> drafting.update(id, form.draft()))
			.map(d -> {
				redirect.addFlashAttribute("flash", "document.saved");
				return "redirect:/documents/" + d.id();
			})
			.orElseGet(() -> form(form, drafting.document(id), model));
	}

	private String form(DraftForm form, @Nullable OutgoingDocument doc, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("doc", doc);
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("urgencies", Urgency.values());
		List<UUID> mine = draftingUnits();
		model.addAttribute("issuingUnits", organization.unitTree().stream().filter(n -> mine.contains(n.unit().id())).toList());
		model.addAttribute("unitOptions", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
		model.addAttribute("organs", organization.externalOrgans().stream().filter(o -> o.active()).toList());
		model.addAttribute("bodies", organization.bodies().stream().filter(b -> b.active()).toList());
		model.addAttribute("people", organization.people(null, null, false, org.springframework.data.domain.PageRequest.of(0, 500)).getContent());
		return "documents/form";
	}

	private List<String> custodyLabels(UUID id) {
		return custody.copiesOf(id).stream().map(c -> c.label()).toList();
	}

	private static List<UUID> draftingUnits() {
		return ChanceryUser.current().map(u -> u.roles().stream().filter(g -> g.role() == Role.DRAFTER).map(RoleGrant::unitId)
			.filter(java.util.Objects::nonNull).toList()).orElse(List.of());
	}

	@GetMapping("/{id}")
	String document(@PathVariable UUID id, Model model) {
		OutgoingDocument doc = drafting.document(id);
		model.addAttribute("doc", doc);
		model.addAttribute("marking", drafting.marking(doc));
		model.addAttribute("body", drafting.body(doc));
		model.addAttribute("names", drafting.namesOf(doc.parties()));
		model.addAttribute("mainRecipients", String.join("，", drafting.namesOf(doc.parties(Party.Role.MAIN))));
		model.addAttribute("parties", doc.parties());
		model.addAttribute("steps", routing.openSteps(id));
		model.addAttribute("timeline", drafting.timeline(id));
		model.addAttribute("versions", drafting.versions(id));
		model.addAttribute("issuer", organization.unit(doc.issuingUnitId()));
		model.addAttribute("deliveries", dispatching.deliveries(id));
		model.addAttribute("files", files.files(id));
		model.addAttribute("copyNumbers", doc.classified() && ChanceryUser.current().map(u -> u.has(Role.CONFIDENTIAL_CLERK)).orElse(false)
				? custodyLabels(id) : List.of());
		model.addAttribute("isClerk", ChanceryUser.current().map(u -> u.has(Role.DOCUMENT_CLERK) || u.has(Role.CONFIDENTIAL_CLERK)).orElse(false));
		if (doc.classified() && routing.openSteps(id).stream().anyMatch(s -> s.mine() && s.step().equals("dispatch"))) {
			model.addAttribute("couriers", directory.all().stream().filter(org.chancery.identity.AccountDirectory.Entry::enabled).toList());
		}
		boolean drafter = ChanceryUser.current().map(u -> u.accountId().equals(doc.drafterId())).orElse(false);
		model.addAttribute("mayEdit", (drafter && doc.state().editableByDrafter())
				|| (doc.state() == OutgoingDocument.State.RECHECK && routing.openSteps(id).stream().anyMatch(Routing.OpenStep::mine)));
		model.addAttribute("maySubmit", drafter && doc.state().editableByDrafter());
		if (drafter && doc.state().editableByDrafter()) {
			model.addAttribute("findings", routing.check(id));
		}
		return "documents/document";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			var warnings = routing.submit(id);
			redirect.addFlashAttribute("flash", warnings.isEmpty() ? "document.submitted" : "document.submittedWithWarnings");
		}
		catch (RulesViolated e) {
			redirect.addFlashAttribute("ruleFindings", e.findings());
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashArg", e.findings().size());
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/countersign")
	String countersign(@PathVariable UUID id, @RequestParam boolean agree, @RequestParam(defaultValue = "") String opinion, RedirectAttributes r) {
		routing.countersign(id, new Routing.Countersign(agree, opinion.strip()));
		return done(id, r);
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable UUID id, @RequestParam boolean send, @RequestParam(defaultValue = "") String opinion,
			@RequestParam(defaultValue = "") String overrideReason, RedirectAttributes r) {
		routing.review(id, new Routing.Review(send, opinion.strip(), overrideReason.strip()));
		return done(id, r);
	}

	@PostMapping("/{id}/sign-off")
	String signOff(@PathVariable UUID id, @RequestParam boolean sign, @RequestParam(defaultValue = "") String opinion, RedirectAttributes r) {
		routing.signOff(id, new Routing.SignOff(sign, opinion.strip()));
		return done(id, r);
	}

	@PostMapping("/{id}/recheck")
	String recheck(@PathVariable UUID id, @RequestParam(defaultValue = "") String opinion, RedirectAttributes r) {
		routing.recheck(id, new Routing.Recheck(opinion.strip()));
		return done(id, r);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable UUID id, @RequestParam(defaultValue = "0") int copies, RedirectAttributes r) {
		if (copies < 1 || copies > 9999) {
			r.addFlashAttribute("flashError", "document.copiesRange");
			return "redirect:/documents/" + id;
		}
		routing.register(id, new Routing.Registration(copies));
		return done(id, r);
	}

	@PostMapping("/{id}/print")
	String print(@PathVariable UUID id, RedirectAttributes r) {
		routing.print(id);
		return done(id, r);
	}

	@PostMapping("/{id}/dispatch")
	String dispatch(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID courierId, RedirectAttributes r) {
		dispatching.dispatch(id, new org.chancery.documents.Dispatching.DispatchRequest(courierId));
		return done(id, r);
	}

	@PostMapping("/deliveries/{deliveryId}/receipt")
	String receipt(@PathVariable UUID deliveryId, @RequestParam UUID documentId, @RequestParam(defaultValue = "") String signedBy,
			@RequestParam(required = false) java.time.@Nullable LocalDateTime signedAt, RedirectAttributes r) {
		if (signedBy.isBlank() || signedBy.length() > 100 || signedAt == null) {
			r.addFlashAttribute("flashError", "delivery.receiptIncomplete");
			return "redirect:/documents/" + documentId;
		}
		dispatching.recordReceipt(deliveryId, new org.chancery.documents.Dispatching.ExternalReceipt(signedBy.strip(),
				signedAt.atZone(clock.getZone()).toInstant()));
		r.addFlashAttribute("flash", "delivery.recorded");
		return "redirect:/documents/" + documentId;
	}

	@PostMapping("/deliveries/{deliveryId}/chase")
	String chase(@PathVariable UUID deliveryId, @RequestParam UUID documentId, RedirectAttributes r) {
		dispatching.chase(deliveryId);
		r.addFlashAttribute("flash", "delivery.chased");
		return "redirect:/documents/" + documentId;
	}

	@PostMapping("/{id}/files")
	String attach(@PathVariable UUID id, @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes r)
			throws java.io.IOException {
		try {
			files.attach(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
			r.addFlashAttribute("flash", "file.attached");
		}
		catch (org.chancery.kernel.FieldException e) {
			r.addFlashAttribute("flashError", e.messageKey());
			r.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
		}
		return "redirect:/documents/" + id;
	}

	@GetMapping("/{id}/files/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return DocumentsApi.download(files.content(id, fileId));
	}

	@PostMapping("/{id}/files/{fileId}/remove")
	String removeFile(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes r) {
		files.remove(id, fileId);
		r.addFlashAttribute("flash", "file.removed");
		return "redirect:/documents/" + id;
	}

	@GetMapping("/verify")
	String verifyForm() {
		return "documents/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model) throws java.io.IOException {
		if (file.isEmpty() || file.getSize() > 50L * 1024 * 1024) {
			model.addAttribute("flashError", "verify.noFile");
			model.addAttribute("flashArg", "");
			return "documents/verify";
		}
		model.addAttribute("result", printing.verify(file.getBytes()));
		model.addAttribute("fileName", file.getOriginalFilename());
		return "documents/verify";
	}

	@GetMapping(value = "/{id}/pdf", produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return DocumentsApi.pdfResponse(printing.pdf(id), id + ".pdf");
	}

	@GetMapping(value = "/{id}/copies/{number}/pdf", produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> copyPdf(@PathVariable UUID id, @PathVariable String number) {
		if (!number.matches("\\d{6}")) {
			throw new org.chancery.kernel.NotFoundException();
		}
		return DocumentsApi.pdfResponse(printing.copy(id, number), id + "-" + number + ".pdf");
	}

	@GetMapping("/received")
	String received(Model model) {
		model.addAttribute("waiting", dispatching.waitingForMe());
		return "documents/received";
	}

	@PostMapping("/deliveries/{deliveryId}/sign-for")
	String signFor(@PathVariable UUID deliveryId, RedirectAttributes r) {
		dispatching.signFor(deliveryId);
		r.addFlashAttribute("flash", "delivery.signed");
		return "redirect:/documents/received";
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable UUID id, RedirectAttributes r) {
		routing.file(id);
		return done(id, r);
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes r) {
		drafting.comment(id, text);
		r.addFlashAttribute("flash", "document.commented");
		return "redirect:/documents/" + id;
	}

	@GetMapping("/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("doc", drafting.document(id));
		model.addAttribute("changes", drafting.compare(id, from, to));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "documents/compare";
	}

	private static String done(UUID id, RedirectAttributes r) {
		r.addFlashAttribute("flash", "document.stepDone");
		return "redirect:/documents/" + id;
	}
}
