package org.chancery.documents.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.chancery.documents.Assignment;
import org.chancery.documents.Circulation;
import org.chancery.documents.CirculationStop;
import org.chancery.documents.DocumentType;
import org.chancery.documents.Handling;
import org.chancery.documents.IncomingDocument;
import org.chancery.documents.IncomingRegistry;
import org.chancery.documents.Instruction;
import org.chancery.documents.Receiving;
import org.chancery.documents.Urgency;
import org.chancery.secrecy.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Incoming documents for programs: receiving (also signed packages from the sending organ's system), the registry, handling. */
@RestController
@RequestMapping("/api/v1/incoming")
@Tag(name = "Incoming documents", description = "Sign for, register, review, propose, instruct, assign, circulate, chase, answer")
class IncomingApi {

	private final Receiving receiving;
	private final Handling handling;
	private final IncomingRegistry registry;
	private final MessageSource messages;

	IncomingApi(Receiving receiving, Handling handling, IncomingRegistry registry, MessageSource messages) {
		this.receiving = receiving;
		this.handling = handling;
		this.registry = registry;
		this.messages = messages;
	}

	record Summary(UUID id, IncomingDocument.Source source, IncomingDocument.State state, IncomingDocument.@Nullable Purpose purpose,
			@Nullable String registrationNumber, String senderName, @Nullable String senderReference, String title, @Nullable DocumentType type,
			Urgency urgency, @Nullable String marking, @Nullable String copyNumber, Instant arrivedAt, @Nullable LocalDate deadline,
			@Nullable String returnedReason) {

		static Summary of(IncomingDocument d) {
			return new Summary(d.id(), d.source(), d.state(), d.purpose(), d.registrationNumber(), d.senderName(), d.senderReference(), d.title(),
					d.type(), d.urgency(), d.marking(), d.copyNumber(), d.arrivedAt(), d.deadline(), d.returnedReason());
		}
	}

	record RegistryPage(List<Summary> items, int page, int size, boolean hasNext) {
	}

	record StopView(UUID id, int position, UUID readerId, String readerName, CirculationStop.State state, @Nullable Instant dueAt,
			@Nullable String comment, @Nullable String reason, @Nullable Instant actedAt, @Nullable String actedBy, int chaseCount) {

		static StopView of(CirculationStop s) {
			return new StopView(s.id(), s.position(), s.readerId(), s.readerName(), s.state(), s.dueAt(), s.comment(), s.reason(), s.actedAt(),
					s.actedBy(), s.chaseCount());
		}
	}

	record CirculationView(UUID id, Circulation.Mode mode, Circulation.State state, String startedBy, Instant startedAt, @Nullable Instant endedAt,
			List<StopView> stops, List<String> location) {

		static CirculationView of(Circulation c) {
			return new CirculationView(c.id(), c.mode(), c.state(), c.startedBy(), c.startedAt(), c.endedAt(), c.stops().stream().map(StopView::of).toList(),
					c.location().stream().map(CirculationStop::readerName).toList());
		}
	}

	record InstructionView(UUID id, String leaderName, String text, @Nullable UUID leadUnitId, List<UUID> coUnitIds, @Nullable LocalDate deadline,
			Instant givenAt) {

		static InstructionView of(Instruction i) {
			return new InstructionView(i.id(), i.leaderName(), i.text(), i.leadUnitId(), i.coUnitIds(), i.deadline(), i.givenAt());
		}
	}

	record AssignmentView(UUID id, UUID unitId, String unitName, boolean lead, @Nullable LocalDate deadline, Assignment.State state,
			@Nullable String report, @Nullable String reportedBy, @Nullable Instant reportedAt, int chaseCount) {
	}

	record Detail(Summary document, @Nullable UUID outgoingId, UUID receivingUnitId, @Nullable Integer copies, @Nullable Integer pages,
			@Nullable Instant signedForAt, @Nullable String signedForBy, @Nullable Instant registeredAt, @Nullable LocalDate issuedOn,
			@Nullable Boolean reviewRightRecipient, @Nullable Boolean reviewRulesFollowed, @Nullable Boolean reviewTypeAndFormat,
			@Nullable Boolean reviewOthersConsulted, @Nullable String reviewNote, @Nullable String proposal, @Nullable String proposedBy,
			@Nullable String instructorName, @Nullable String chaserName, int chaseCount, @Nullable UUID replyId, boolean hasOriginal,
			@Nullable String signatureSigner, @Nullable String doneNote, boolean overdue, String location, List<InstructionView> instructions,
			List<AssignmentView> assignments, List<CirculationView> circulations) {
	}

	record SignForBody(@NotNull Integer copies, @NotNull Integer pages) {
	}

	record AccountBody(@NotNull UUID accountId) {
	}

	@GetMapping
	@Operation(summary = "The incoming registry: filters, sorting, pages of what the reader may see")
	RegistryPage list(@RequestParam(required = false) IncomingDocument.@Nullable State state, @RequestParam(required = false) @Nullable Urgency urgency,
			@RequestParam(required = false) @Nullable Level level, @RequestParam(required = false) @Nullable String sender,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String number,
			@RequestParam(defaultValue = "NEWEST") IncomingRegistry.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var result = registry.find(new IncomingRegistry.Filter(state, urgency, level, sender, from, to, overdue, number), sort, page, size);
		return new RegistryPage(result.items().stream().map(Summary::of).toList(), result.page(), result.size(), result.hasNext());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Enter an external document: metadata (JSON part) with its PDF or scan, or without a file for a paper document")
	ResponseEntity<Summary> receive(@Valid @RequestPart("metadata") Receiving.Receipt metadata, @RequestPart(value = "file", required = false) @Nullable MultipartFile file)
			throws IOException {
		IncomingDocument d = file == null || file.isEmpty() ? receiving.paper(metadata)
				: receiving.upload(metadata, String.valueOf(file.getOriginalFilename()), file.getBytes());
		return ResponseEntity.status(201).body(Summary.of(d));
	}

	@PostMapping(value = "/packages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "A sending organ's system delivers a signed package: metadata (JSON part) and the PDF signed (PAdES) over the whole file")
	ResponseEntity<Summary> deliver(@Valid @RequestPart("metadata") Receiving.Receipt metadata, @RequestPart("file") MultipartFile file) throws IOException {
		return ResponseEntity.status(201).body(Summary.of(receiving.deliverPackage(metadata, String.valueOf(file.getOriginalFilename()), file.getBytes())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One incoming document: particulars, where it is now, instructions, assignments, circulations")
	Detail detail(@PathVariable UUID id) {
		return detail(handling.view(id));
	}

	@GetMapping("/{id}/original")
	@Operation(summary = "The original PDF or scan")
	ResponseEntity<byte[]> original(@PathVariable UUID id) {
		Receiving.Original o = receiving.original(id);
		return DocumentsApi.download(new org.chancery.documents.AttachedFiles.Content(o.fileName(), o.contentType(), o.bytes()));
	}

	@PostMapping(value = "/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach the scan of a paper document")
	Summary scan(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
		return Summary.of(receiving.attachScan(id, String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@PostMapping("/{id}/sign-for")
	@Operation(summary = "Sign for it: copies and pages; the time of receipt is recorded")
	Summary signFor(@PathVariable UUID id, @Valid @RequestBody Receiving.SignFor body) {
		return Summary.of(receiving.signFor(id, body));
	}

	@PostMapping("/{id}/register")
	@Operation(summary = "Register it: the next number of the year")
	Summary register(@PathVariable UUID id) {
		return Summary.of(receiving.register(id));
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "The initial review: checklist and decision (return with a reason, for information, for action)")
	Summary review(@PathVariable UUID id, @Valid @RequestBody Receiving.Review body) {
		return Summary.of(receiving.review(id, body));
	}

	@PostMapping("/{id}/proposal")
	@Operation(summary = "The office's proposed handling (拟办), optionally put to a leader")
	Summary propose(@PathVariable UUID id, @Valid @RequestBody Handling.ProposalDraft body) {
		return Summary.of(handling.propose(id, body));
	}

	@GetMapping("/common-instructions")
	@Operation(summary = "The instructions a leader gives in one click")
	List<String> common() {
		return handling.commonInstructions();
	}

	@PostMapping("/{id}/instructions")
	@Operation(summary = "A leader's instruction (批示): text, lead unit, co-units, deadline (date or working days)")
	ResponseEntity<InstructionView> instruct(@PathVariable UUID id, @Valid @RequestBody Handling.InstructionDraft body) {
		return ResponseEntity.status(201).body(InstructionView.of(handling.instruct(id, body)));
	}

	@PostMapping("/assignments/{assignmentId}/report")
	@Operation(summary = "A unit reports back on its share")
	ResponseEntity<Void> report(@PathVariable UUID assignmentId, @Valid @RequestBody Handling.Report body) {
		handling.report(assignmentId, body);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/circulations")
	@Operation(summary = "Start a reading circulation (ordered or parallel; no readers given: the leaders in order of precedence)")
	ResponseEntity<CirculationView> circulate(@PathVariable UUID id, @Valid @RequestBody Handling.CirculationDraft body) {
		return ResponseEntity.status(201).body(CirculationView.of(handling.circulate(id, body)));
	}

	@PostMapping("/circulations/{cid}/read")
	@Operation(summary = "The current reader marks it read (阅), with an optional comment")
	CirculationView read(@PathVariable UUID cid, @Valid @RequestBody(required = false) Handling.@Nullable Note body) {
		return CirculationView.of(handling.read(cid, body == null ? new Handling.Note(null) : body));
	}

	@PostMapping("/circulations/{cid}/return")
	@Operation(summary = "The current reader returns it to the office, with a reason")
	CirculationView returnIt(@PathVariable UUID cid, @Valid @RequestBody Handling.Reason body) {
		return CirculationView.of(handling.returnIt(cid, body));
	}

	@PostMapping("/circulations/{cid}/stops/{sid}/skip")
	@Operation(summary = "The office skips a reader who has not acted; a reason is required")
	CirculationView skip(@PathVariable UUID cid, @PathVariable UUID sid, @Valid @RequestBody Handling.Reason body) {
		return CirculationView.of(handling.skip(cid, sid, body));
	}

	@PostMapping("/circulations/{cid}/stops/{sid}/chase")
	@Operation(summary = "Chase the reader who has it now")
	CirculationView chaseReader(@PathVariable UUID cid, @PathVariable UUID sid) {
		return CirculationView.of(handling.chaseReader(cid, sid));
	}

	@PostMapping("/circulations/{cid}/readers")
	@Operation(summary = "Add a reader at the end of the running circulation")
	CirculationView addReader(@PathVariable UUID cid, @Valid @RequestBody AccountBody body) {
		return CirculationView.of(handling.addReader(cid, body.accountId()));
	}

	@PostMapping("/{id}/chaser")
	@Operation(summary = "Name the chaser (催办人)")
	Summary chaser(@PathVariable UUID id, @Valid @RequestBody AccountBody body) {
		return Summary.of(handling.nameChaser(id, body.accountId()));
	}

	@PostMapping("/{id}/chase")
	@Operation(summary = "Chase the units that have not reported")
	ResponseEntity<Void> chase(@PathVariable UUID id) {
		handling.chase(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/late")
	@Operation(summary = "Late items: documents past their deadline, units that have not reported, readers past their time")
	List<LateView> late() {
		return handling.late().stream().map(l -> new LateView(l.document().id(), l.document().registrationNumber(), l.document().title(), l.what(),
				l.who(), l.due())).toList();
	}

	record LateView(UUID id, @Nullable String registrationNumber, String title, String what, @Nullable String who, @Nullable Instant due) {
	}

	@PostMapping("/{id}/done")
	@Operation(summary = "Close the handling (办结)")
	Summary done(@PathVariable UUID id, @Valid @RequestBody(required = false) Handling.@Nullable Note body) {
		return Summary.of(handling.done(id, body == null ? new Handling.Note(null) : body));
	}

	@PostMapping("/{id}/reply")
	@Operation(summary = "Start the answer: an outgoing 函 or 批复, pre-filled and linked both ways")
	ResponseEntity<java.util.Map<String, UUID>> reply(@PathVariable UUID id, @Valid @RequestBody Handling.ReplyDraft body) {
		return ResponseEntity.status(201).body(java.util.Map.of("documentId", handling.startReply(id, body).id()));
	}

	private Detail detail(Handling.View v) {
		IncomingDocument d = v.document();
		Locale locale = LocaleContextHolder.getLocale();
		String location = messages.getMessage(v.location().key(), new Object[] { String.join("、", v.location().names()) }, v.location().key(), locale);
		return new Detail(Summary.of(d), d.outgoingId(), d.receivingUnitId(), d.copies(), d.pages(), d.signedForAt(), d.signedForBy(), d.registeredAt(),
				d.issuedOn(), d.reviewRecipient(), d.reviewRules(), d.reviewFormat(), d.reviewConsulted(), d.reviewNote(), d.proposal(), d.proposedBy(),
				v.instructorName(), v.chaserName(), d.chaseCount(), d.replyId(), d.hasOriginal(), d.signatureSigner(), d.doneNote(), v.overdue(),
				location, v.instructions().stream().map(InstructionView::of).toList(),
				v.assignments().stream().map(a -> new AssignmentView(a.id(), a.unitId(), v.unitNames().getOrDefault(a.unitId(), ""), a.lead(), a.deadline(),
						a.state(), a.report(), a.reportedBy(), a.reportedAt(), a.chaseCount())).toList(),
				v.circulations().stream().map(CirculationView::of).toList());
	}
}
