package org.chancery.documents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chancery.documents.Circulation;
import org.chancery.documents.DocumentType;
import org.chancery.documents.Handling;
import org.chancery.documents.IncomingDocument;
import org.chancery.documents.IncomingRegistry;
import org.chancery.documents.Party;
import org.chancery.documents.Receiving;
import org.chancery.documents.Urgency;
import org.chancery.identity.AccountDirectory;
import org.chancery.identity.ChanceryUser;
import org.chancery.identity.Role;
import org.chancery.identity.RoleGrant;
import org.chancery.kernel.FieldException;
import org.chancery.organization.Organization;
import org.chancery.secrecy.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of incoming documents: the registry, the receiving form (upload or paper), and the document
 * page with the form of each step for whoever may take it, where the document is now, its
 * instructions, assignments and circulation trail.
 */
@Controller
@RequestMapping("/incoming")
class IncomingPages {

	private final Receiving receiving;
	private final Handling handling;
	private final IncomingRegistry registry;
	private final Organization organization;
	private final AccountDirectory directory;
	private final java.time.Clock clock;

	IncomingPages(Receiving receiving, Handling handling, IncomingRegistry registry, Organization organization, AccountDirectory directory,
			java.time.Clock clock) {
		this.receiving = receiving;
		this.handling = handling;
		this.registry = registry;
		this.organization = organization;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) IncomingDocument.@Nullable State state, @RequestParam(required = false) @Nullable Urgency urgency,
			@RequestParam(required = false) @Nullable Level level, @RequestParam(required = false) @Nullable String sender,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String number,
			@RequestParam(defaultValue = "NEWEST") IncomingRegistry.Sort sort, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", registry.find(new IncomingRegistry.Filter(state, urgency, level, sender, from, to, overdue, number), sort, page, 20));
		model.addAttribute("states", IncomingDocument.State.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("levels", List.of(Level.CONFIDENTIAL, Level.SECRET, Level.TOP_SECRET));
		model.addAttribute("sorts", IncomingRegistry.Sort.values());
		model.addAttribute("organs", organization.externalOrgans().stream().filter(o -> o.active()).toList());
		model.addAttribute("f", new FilterEcho(state, urgency, level, sender == null ? "" : sender, from, to, overdue, number == null ? "" : number, sort));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayReceive", mayReceive());
		return "incoming/list";
	}

	/** The filter as the page shows it back. */
	record FilterEcho(IncomingDocument.@Nullable State state, @Nullable Urgency urgency, @Nullable Level level, String sender, @Nullable LocalDate from,
			@Nullable LocalDate to, boolean overdue, String number, IncomingRegistry.Sort sort) {
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("units", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
		model.addAttribute("organs", organization.externalOrgans().stream().filter(o -> o.active()).toList());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("myUnit", myUnit());
		model.addAttribute("today", LocalDate.now(clock));
		return "incoming/new";
	}

	@PostMapping
	String receive(@RequestParam(required = false) @Nullable UUID receivingUnitId, @RequestParam(required = false) @Nullable UUID senderOrganId,
			@RequestParam(defaultValue = "") String senderName, @RequestParam(defaultValue = "") String senderReference,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(defaultValue = "NORMAL") Urgency urgency, @RequestParam(defaultValue = "") String marking,
			@RequestParam(defaultValue = "") String copyNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
			@RequestParam(value = "file", required = false) @Nullable MultipartFile file, RedirectAttributes r) throws IOException {
		if (receivingUnitId == null || title.isBlank() || title.length() > 300 || senderName.length() > 200 || senderReference.length() > 60
				|| marking.length() > 200 || copyNumber.length() > 6) {
			r.addFlashAttribute("flashError", "incoming.formIncomplete");
			return "redirect:/incoming/new";
		}
		var receipt = new Receiving.Receipt(receivingUnitId, senderOrganId == null ? null : Party.Kind.EXTERNAL, senderOrganId, senderName,
				senderReference, title, type, urgency, marking, copyNumber, issuedOn);
		IncomingDocument d;
		try {
			d = file == null || file.isEmpty() ? receiving.paper(receipt) : receiving.upload(receipt, String.valueOf(file.getOriginalFilename()), file.getBytes());
		}
		catch (FieldException e) {
			r.addFlashAttribute("flashError", e.messageKey());
			r.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
			return "redirect:/incoming/new";
		}
		r.addFlashAttribute("flash", "incoming.received");
		return "redirect:/incoming/" + d.id();
	}

	@GetMapping("/{id}")
	String document(@PathVariable UUID id, Model model) {
		Handling.View v = handling.view(id);
		ChanceryUser me = ChanceryUser.current().orElseThrow();
		model.addAttribute("v", v);
		model.addAttribute("d", v.document());
		model.addAttribute("running", v.running());
		model.addAttribute("me", me.accountId());
		List<UUID> units = new java.util.ArrayList<>(myUnits(me));
		if (me.personId() != null) {
			organization.findPerson(me.personId()).ifPresent(p -> units.add(p.unitId()));
		}
		model.addAttribute("myUnits", units);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("now", clock.instant());
		boolean office = Handling.officeRoles().stream().anyMatch(me::has);
		model.addAttribute("office", office);
		model.addAttribute("receiver", me.has(Role.DOCUMENT_CLERK) || me.has(Role.CONFIDENTIAL_CLERK)
				|| me.roles().stream().anyMatch(g -> v.document().receivingUnitId().equals(g.unitId())));
		model.addAttribute("leader", me.has(Role.LEADER));
		model.addAttribute("chaser", office || me.accountId().equals(v.document().chaserId()));
		model.addAttribute("draftingUnits", me.roles().stream().filter(g -> g.role() == Role.DRAFTER).map(RoleGrant::unitId)
			.filter(java.util.Objects::nonNull).map(organization::unit).toList());
		if (v.document().state() == IncomingDocument.State.HANDLING) {
			model.addAttribute("units", organization.unitTree().stream().filter(n -> n.unit().active()).toList());
			model.addAttribute("leaders", handling.leaders());
			List<UUID> people = organization.people(null, null, false, org.springframework.data.domain.PageRequest.of(0, 1000)).map(p -> p.id()).getContent();
			model.addAttribute("accounts", directory.ofPeople(people).stream().filter(AccountDirectory.Entry::enabled).toList());
			if (me.has(Role.LEADER)) {
				model.addAttribute("common", handling.commonInstructions());
			}
		}
		return "incoming/document";
	}

	@GetMapping("/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable UUID id) {
		Receiving.Original o = receiving.original(id);
		return DocumentsApi.download(new org.chancery.documents.AttachedFiles.Content(o.fileName(), o.contentType(), o.bytes()));
	}

	@PostMapping("/{id}/scan")
	String scan(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes r) throws IOException {
		receiving.attachScan(id, String.valueOf(file.getOriginalFilename()), file.getBytes());
		return saved(id, r);
	}

	@PostMapping("/{id}/sign-for")
	String signFor(@PathVariable UUID id, @RequestParam(defaultValue = "0") int copies, @RequestParam(defaultValue = "0") int pages, RedirectAttributes r) {
		if (copies < 1 || copies > 999 || pages < 1 || pages > 9999) {
			r.addFlashAttribute("flashError", "incoming.countsRange");
			return "redirect:/incoming/" + id;
		}
		receiving.signFor(id, new Receiving.SignFor(copies, pages));
		return saved(id, r);
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable UUID id, RedirectAttributes r) {
		receiving.register(id);
		return saved(id, r);
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean rightRecipient,
			@RequestParam(defaultValue = "false") boolean rulesFollowed, @RequestParam(defaultValue = "false") boolean typeAndFormat,
			@RequestParam(defaultValue = "false") boolean othersConsulted, @RequestParam(required = false) Receiving.@Nullable Decision decision,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline, RedirectAttributes r) {
		if (decision == null || note.length() > 1000 || reason.length() > 1000) {
			r.addFlashAttribute("flashError", "incoming.decisionRequired");
			return "redirect:/incoming/" + id;
		}
		receiving.review(id, new Receiving.Review(rightRecipient, rulesFollowed, typeAndFormat, othersConsulted, decision, note, reason, deadline));
		return saved(id, r);
	}

	@PostMapping("/{id}/proposal")
	String propose(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable UUID leaderAccountId,
			RedirectAttributes r) {
		if (text.isBlank() || text.length() > 2000) {
			r.addFlashAttribute("flashError", "incoming.textRequired");
			return "redirect:/incoming/" + id;
		}
		handling.propose(id, new Handling.ProposalDraft(text, leaderAccountId));
		return saved(id, r);
	}

	@PostMapping("/{id}/instructions")
	String instruct(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable UUID leadUnitId,
			@RequestParam(required = false) @Nullable List<UUID> coUnitIds,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@RequestParam(required = false) @Nullable Integer workingDays, RedirectAttributes r) {
		if (text.isBlank() || text.length() > 2000 || (workingDays != null && (workingDays < 1 || workingDays > 365))) {
			r.addFlashAttribute("flashError", "incoming.textRequired");
			return "redirect:/incoming/" + id;
		}
		handling.instruct(id, new Handling.InstructionDraft(text, leadUnitId, coUnitIds, deadline, workingDays));
		return saved(id, r);
	}

	@PostMapping("/assignments/{assignmentId}/report")
	String report(@PathVariable UUID assignmentId, @RequestParam UUID incomingId, @RequestParam(defaultValue = "") String text, RedirectAttributes r) {
		if (text.isBlank() || text.length() > 4000) {
			r.addFlashAttribute("flashError", "incoming.textRequired");
			return "redirect:/incoming/" + incomingId;
		}
		handling.report(assignmentId, new Handling.Report(text));
		return saved(incomingId, r);
	}

	@PostMapping("/{id}/circulations")
	String circulate(@PathVariable UUID id, @RequestParam(defaultValue = "ORDERED") Circulation.Mode mode,
			@RequestParam(required = false) @Nullable List<UUID> readers, RedirectAttributes r) {
		handling.circulate(id, new Handling.CirculationDraft(mode, readers));
		return saved(id, r);
	}

	@PostMapping("/{id}/circulations/{cid}/read")
	String read(@PathVariable UUID id, @PathVariable UUID cid, @RequestParam(defaultValue = "") String comment, RedirectAttributes r) {
		if (comment.length() > 2000) {
			r.addFlashAttribute("flashError", "incoming.textTooLong");
			return "redirect:/incoming/" + id;
		}
		handling.read(cid, new Handling.Note(comment));
		return saved(id, r);
	}

	@PostMapping("/{id}/circulations/{cid}/return")
	String returnIt(@PathVariable UUID id, @PathVariable UUID cid, @RequestParam(defaultValue = "") String reason, RedirectAttributes r) {
		handling.returnIt(cid, new Handling.Reason(reason.length() > 1000 ? reason.substring(0, 1000) : reason));
		return saved(id, r);
	}

	@PostMapping("/{id}/circulations/{cid}/stops/{sid}/skip")
	String skip(@PathVariable UUID id, @PathVariable UUID cid, @PathVariable UUID sid, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes r) {
		handling.skip(cid, sid, new Handling.Reason(reason.length() > 1000 ? reason.substring(0, 1000) : reason));
		return saved(id, r);
	}

	@PostMapping("/{id}/circulations/{cid}/stops/{sid}/chase")
	String chaseReader(@PathVariable UUID id, @PathVariable UUID cid, @PathVariable UUID sid, RedirectAttributes r) {
		handling.chaseReader(cid, sid);
		return saved(id, r);
	}

	@PostMapping("/{id}/circulations/{cid}/readers")
	String addReader(@PathVariable UUID id, @PathVariable UUID cid, @RequestParam UUID accountId, RedirectAttributes r) {
		handling.addReader(cid, accountId);
		return saved(id, r);
	}

	@PostMapping("/{id}/chaser")
	String chaser(@PathVariable UUID id, @RequestParam UUID accountId, RedirectAttributes r) {
		handling.nameChaser(id, accountId);
		return saved(id, r);
	}

	@PostMapping("/{id}/chase")
	String chase(@PathVariable UUID id, RedirectAttributes r) {
		handling.chase(id);
		r.addFlashAttribute("flash", "incoming.chased");
		return "redirect:/incoming/" + id;
	}

	@PostMapping("/{id}/done")
	String done(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes r) {
		handling.done(id, new Handling.Note(note.length() > 1000 ? note.substring(0, 1000) : note));
		return saved(id, r);
	}

	@PostMapping("/{id}/reply")
	String reply(@PathVariable UUID id, @RequestParam DocumentType type, @RequestParam UUID issuingUnitId, RedirectAttributes r) {
		var reply = handling.startReply(id, new Handling.ReplyDraft(type, issuingUnitId));
		r.addFlashAttribute("flash", "incoming.replyStarted");
		return "redirect:/documents/" + reply.id();
	}

	@GetMapping("/late")
	String late(Model model) {
		model.addAttribute("late", handling.late());
		return "incoming/late";
	}

	private static String saved(UUID id, RedirectAttributes r) {
		r.addFlashAttribute("flash", "incoming.saved");
		return "redirect:/incoming/" + id;
	}

	private static boolean mayReceive() {
		return ChanceryUser.current().map(u -> u.has(Role.DOCUMENT_CLERK) || u.has(Role.CONFIDENTIAL_CLERK)).orElse(false);
	}

	private static @Nullable UUID myUnit() {
		return ChanceryUser.current().flatMap(u -> u.roles().stream().filter(g -> g.role() == Role.DOCUMENT_CLERK || g.role() == Role.CONFIDENTIAL_CLERK)
			.map(RoleGrant::unitId).filter(java.util.Objects::nonNull).findFirst()).orElse(null);
	}

	private static List<UUID> myUnits(ChanceryUser me) {
		return me.roles().stream().map(RoleGrant::unitId).filter(java.util.Objects::nonNull).distinct().toList();
	}
}
