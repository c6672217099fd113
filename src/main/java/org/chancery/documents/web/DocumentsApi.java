package org.chancery.documents.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chancery.documents.Body;
import org.chancery.documents.Direction;
import org.chancery.documents.DocumentStep;
import org.chancery.documents.DocumentType;
import org.chancery.documents.DocumentVersion;
import org.chancery.documents.Drafting;
import org.chancery.documents.Finding;
import org.chancery.documents.OutgoingDocument;
import org.chancery.documents.Party;
import org.chancery.documents.Routing;
import org.chancery.documents.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Outgoing documents for programs: drafting, the route step by step, versions and the timeline. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outgoing documents")
class DocumentsApi {

	private static final Set<String> SORTABLE = Set.of("updatedAt", "createdAt", "title", "state", "referenceNumber");

	private final Drafting drafting;
	private final Routing routing;
	private final org.chancery.documents.Dispatching dispatching;
	private final MessageSource messages;

	private final org.chancery.documents.Printing printing;
	private final org.chancery.documents.AttachedFiles files;

	DocumentsApi(org.chancery.documents.AttachedFiles files, Drafting drafting, Routing routing, org.chancery.documents.Dispatching dispatching, org.chancery.documents.Printing printing,
			MessageSource messages) {
		this.printing = printing;
		this.files = files;
		this.drafting = drafting;
		this.routing = routing;
		this.dispatching = dispatching;
		this.messages = messages;
	}

	record TypeView(DocumentType type, String chinese, Set<Direction> directions, DocumentType.Layout layout) {
	}

	record Summary(UUID id, DocumentType type, String title, OutgoingDocument.State state, Urgency urgency, @Nullable String referenceNumber,
			Instant updatedAt) {
		static Summary of(OutgoingDocument d) {
			return new Summary(d.id(), d.type(), d.title(), d.state(), d.urgency(), d.referenceNumber(), d.updatedAt());
		}
	}

	record PartyView(Party.Role role, Party.Kind kind, UUID id, String name) {
	}

	record StepView(String taskId, String step, OutgoingDocument.State state, @Nullable Date due, Date since, boolean mine) {
	}

	record Detail(UUID id, DocumentType type, Direction direction, UUID issuingUnitId, String organMark, String referenceCode, String title,
			Urgency urgency, @Nullable String marking, boolean important, @Nullable String note, List<Body.Block> body, String bodyText,
			List<PartyView> parties, OutgoingDocument.State state, int versionNo, @Nullable String referenceNumber, @Nullable LocalDate writtenOn,
			@Nullable Integer copies, Set<String> openWarnings, List<StepView> openSteps, Instant createdAt, Instant updatedAt,
			@Nullable UUID replyTo) {
	}

	record FindingView(String rule, boolean blocking, String message) {
	}

	record Submitted(OutgoingDocument.State state, List<FindingView> warnings) {
	}

	record TimelineEntry(UUID id, OutgoingDocument.State step, DocumentStep.Action action, UUID actorId, String actorName,
			@Nullable String onBehalfOf, @Nullable String opinion, int versionNo, Instant at) {
		static TimelineEntry of(DocumentStep s) {
			return new TimelineEntry(s.id(), s.step(), s.action(), s.actorId(), s.actorName(), s.onBehalfOf(), s.opinion(), s.versionNo(), s.at());
		}
	}

	record VersionView(int number, UUID savedBy, Instant savedAt) {
		static VersionView of(DocumentVersion v) {
			return new VersionView(v.number(), v.savedBy(), v.savedAt());
		}
	}

	record CommentRequest(@NotBlank @Size(max = 2000) String text) {
	}

	record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
		static <S, T> PageView<T> of(Page<S> page, java.util.function.Function<S, T> mapper) {
			return new PageView<>(page.map(mapper).getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@GetMapping("/document-types")
	@Operation(summary = "The fifteen document types with their directions and page format")
	List<TypeView> types() {
		return java.util.Arrays.stream(DocumentType.values()).map(t -> new TypeView(t, t.chinese(), t.directions(), t.layout())).toList();
	}

	@GetMapping("/documents")
	@Operation(summary = "Outgoing documents the caller may see, newest change first; filters optional")
	PageView<Summary> list(@RequestParam(required = false) OutgoingDocument.@Nullable State state,
			@RequestParam(required = false) @Nullable DocumentType type, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "updatedAt") String sort,
			@RequestParam(defaultValue = "desc") String direction) {
		return PageView.of(drafting.list(new Drafting.Filter(state, type, q, mine), pageRequest(page, size, sort, direction)), Summary::of);
	}

	static PageRequest pageRequest(int page, int size, String sort, String direction) {
		if (!SORTABLE.contains(sort) || page < 0 || size < 1 || size > 200) {
			throw new IllegalArgumentException("page, size (1-200) or sort (" + SORTABLE + ") out of range");
		}
		return PageRequest.of(page, size, Sort.by("asc".equalsIgnoreCase(direction) ? Sort.Direction.ASC : Sort.Direction.DESC, sort)
			.and(Sort.by("id")));
	}

	@PostMapping("/documents")
	@Operation(summary = "Start a draft (a drafter of the issuing unit)")
	ResponseEntity<Detail> create(@Valid @RequestBody Drafting.Draft draft) {
		OutgoingDocument doc = drafting.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + doc.id())).body(detail(doc));
	}

	@GetMapping("/documents/{id}")
	Detail get(@PathVariable UUID id) {
		return detail(drafting.document(id));
	}

	@PutMapping("/documents/{id}")
	@Operation(summary = "Save a change: the drafter while the draft is theirs, the office at re-check; every save is a version")
	Detail update(@PathVariable UUID id, @Valid @RequestBody Drafting.Draft draft) {
		return detail(drafting.update(id, draft));
	}

	@GetMapping("/documents/{id}/check")
	@Operation(summary = "The 行文 rules the draft would meet if submitted now")
	List<FindingView> check(@PathVariable UUID id) {
		return routing.check(id).stream().map(this::view).toList();
	}

	@PostMapping("/documents/{id}/submit")
	@Operation(summary = "Submit the draft: refused with every blocking rule named; warnings go to the reviewer")
	Submitted submit(@PathVariable UUID id) {
		List<Finding> warnings = routing.submit(id);
		return new Submitted(drafting.document(id).state(), warnings.stream().map(this::view).toList());
	}

	@PostMapping("/documents/{id}/countersign")
	Detail countersign(@PathVariable UUID id, @Valid @RequestBody Routing.Countersign answer) {
		return detail(routing.countersign(id, answer));
	}

	@PostMapping("/documents/{id}/review")
	@Operation(summary = "The office sends for signature (overriding open warnings with a reason) or returns with a reason")
	Detail review(@PathVariable UUID id, @Valid @RequestBody Routing.Review decision) {
		return detail(routing.review(id, decision));
	}

	@PostMapping("/documents/{id}/sign-off")
	@Operation(summary = "A signer (or a deputy on delegation, with 代) signs or returns")
	Detail signOff(@PathVariable UUID id, @Valid @RequestBody Routing.SignOff decision) {
		return detail(routing.signOff(id, decision));
	}

	@PostMapping("/documents/{id}/recheck")
	@Operation(summary = "Re-check after signing; a change since the signature goes back to the signer")
	Detail recheck(@PathVariable UUID id, @Valid @RequestBody Routing.Recheck recheck) {
		return detail(routing.recheck(id, recheck));
	}

	@PostMapping("/documents/{id}/register")
	@Operation(summary = "Register: the reference number is given now")
	Detail register(@PathVariable UUID id, @Valid @RequestBody Routing.Registration registration) {
		return detail(routing.register(id, registration));
	}

	@PostMapping("/documents/{id}/print")
	Detail print(@PathVariable UUID id) {
		return detail(routing.print(id));
	}

	@PostMapping("/documents/{id}/file")
	Detail file(@PathVariable UUID id) {
		return detail(routing.file(id));
	}

	@GetMapping("/documents/{id}/timeline")
	List<TimelineEntry> timeline(@PathVariable UUID id) {
		return drafting.timeline(id).stream().map(TimelineEntry::of).toList();
	}

	@PostMapping("/documents/{id}/comments")
	ResponseEntity<TimelineEntry> comment(@PathVariable UUID id, @Valid @RequestBody CommentRequest request) {
		return ResponseEntity.status(201).body(TimelineEntry.of(drafting.comment(id, request.text())));
	}

	@GetMapping("/documents/{id}/versions")
	List<VersionView> versions(@PathVariable UUID id) {
		return drafting.versions(id).stream().map(VersionView::of).toList();
	}

	@GetMapping("/documents/{id}/versions/{number}")
	Drafting.Snapshot version(@PathVariable UUID id, @PathVariable int number) {
		return drafting.version(id, number);
	}

	@GetMapping("/documents/{id}/compare")
	@Operation(summary = "What changed between two versions: fields, then body lines")
	List<Drafting.Change> compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
		return drafting.compare(id, from, to);
	}

	record DelegationView(UUID id, UUID principalId, UUID deputyId, LocalDate validFrom, LocalDate validUntil, String reason) {
		static DelegationView of(org.chancery.documents.Delegation d) {
			return new DelegationView(d.id(), d.principalId(), d.deputyId(), d.validFrom(), d.validUntil(), d.reason());
		}
	}

	@PostMapping("/delegations")
	@Operation(summary = "A leader lets another leader sign in their place for a period (signatures carry 代)")
	ResponseEntity<DelegationView> delegate(@Valid @RequestBody Routing.DelegationRequest request) {
		return ResponseEntity.status(201).body(DelegationView.of(routing.delegate(request)));
	}

	@GetMapping("/delegations")
	List<DelegationView> delegations() {
		return routing.myDelegations().stream().map(DelegationView::of).toList();
	}

	record DeliveryView(UUID id, UUID documentId, Party.Role role, Party.Kind kind, UUID recipientId, String recipientName,
			org.chancery.documents.Delivery.Channel channel, org.chancery.documents.Delivery.State state, @Nullable String copyNumber,
			@Nullable UUID manifestId, Instant sentAt, @Nullable Instant receivedAt, @Nullable String receivedBy, int chaseCount,
			@Nullable Instant lastChasedAt) {
		static DeliveryView of(org.chancery.documents.Delivery d) {
			return new DeliveryView(d.id(), d.documentId(), d.role(), d.kind(), d.recipientId(), d.recipientName(), d.channel(), d.state(),
					d.copyLabel(), d.manifestId(), d.sentAt(), d.receivedAt(), d.receivedBy(), d.chaseCount(), d.lastChasedAt());
		}
	}

	@PostMapping("/documents/{id}/dispatch")
	@Operation(summary = "Dispatch to every main and copied-to recipient (classified: numbered copies; internal units on a manifest with the courier named)")
	List<DeliveryView> dispatch(@PathVariable UUID id, @Valid @RequestBody org.chancery.documents.Dispatching.DispatchRequest request) {
		return dispatching.dispatch(id, request).stream().map(DeliveryView::of).toList();
	}

	@GetMapping("/documents/{id}/deliveries")
	@Operation(summary = "Every recipient's delivery and receipt")
	List<DeliveryView> deliveries(@PathVariable UUID id) {
		return dispatching.deliveries(id).stream().map(DeliveryView::of).toList();
	}

	@GetMapping("/deliveries/waiting")
	@Operation(summary = "Internal deliveries waiting for the caller's units to sign for them")
	List<DeliveryView> waiting() {
		return dispatching.waitingForMe().stream().map(DeliveryView::of).toList();
	}

	@PostMapping("/deliveries/{id}/sign-for")
	@Operation(summary = "Sign for a delivery to one's unit (a classified copy on its manifest)")
	DeliveryView signFor(@PathVariable UUID id) {
		return DeliveryView.of(dispatching.signFor(id));
	}

	@PostMapping("/deliveries/{id}/receipt")
	@Operation(summary = "Record who signed the dispatch list of an external recipient, and when")
	DeliveryView receipt(@PathVariable UUID id, @Valid @RequestBody org.chancery.documents.Dispatching.ExternalReceipt receipt) {
		return DeliveryView.of(dispatching.recordReceipt(id, receipt));
	}

	@PostMapping("/deliveries/{id}/chase")
	@Operation(summary = "Chase a recipient who has not signed for the document")
	DeliveryView chase(@PathVariable UUID id) {
		return DeliveryView.of(dispatching.chase(id));
	}

	@GetMapping(value = "/documents/{id}/pdf", produces = "application/pdf")
	@Operation(summary = "The document laid out to GB/T 9704 (unclassified documents; a draft prints without reference number)")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		return pdfResponse(printing.pdf(id), id + ".pdf");
	}

	@GetMapping(value = "/documents/{id}/copies/{number}/pdf", produces = "application/pdf")
	@Operation(summary = "One numbered copy of a classified document, for the confidential clerk")
	ResponseEntity<byte[]> copyPdf(@PathVariable UUID id, @PathVariable String number) {
		if (!number.matches("\\d{6}")) {
			throw new org.chancery.kernel.NotFoundException();
		}
		return pdfResponse(printing.copy(id, number), id + "-" + number + ".pdf");
	}

	@PostMapping(value = "/documents/verify", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Check a PDF one holds: its signature by an organ of the office over the whole file, and that it is a document Chancery issued")
	org.chancery.documents.Printing.Verification verify(@RequestParam("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		if (file.isEmpty() || file.getSize() > 50L * 1024 * 1024) {
			throw new IllegalArgumentException("a PDF of at most 50 MB");
		}
		return printing.verify(file.getBytes());
	}

	@GetMapping("/documents/{id}/files")
	List<org.chancery.documents.AttachedFiles.AttachedFile> files(@PathVariable UUID id) {
		return files.files(id);
	}

	@PostMapping(value = "/documents/{id}/files", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file (PDF, image, office file; recognised by content, at most chancery.documents.max-file-bytes)")
	ResponseEntity<org.chancery.documents.AttachedFiles.AttachedFile> attach(@PathVariable UUID id,
			@RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
		return ResponseEntity.status(201).body(files.attach(id, String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@GetMapping("/documents/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
		return download(files.content(id, fileId));
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/documents/{id}/files/{fileId}")
	ResponseEntity<Void> removeFile(@PathVariable UUID id, @PathVariable UUID fileId) {
		files.remove(id, fileId);
		return ResponseEntity.noContent().build();
	}

	/** A file to save, never to render in the page: its own type, nosniff, the name encoded per RFC 6266. */
	static ResponseEntity<byte[]> download(org.chancery.documents.AttachedFiles.Content content) {
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(content.contentType()))
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
				.filename(content.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").body(content.bytes());
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String name) {
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"" + name + "\"").header("Cache-Control", "no-store").body(pdf);
	}

	private FindingView view(Finding f) {
		return new FindingView(f.rule(), f.blocking(), messages.getMessage(f.messageKey(), new Object[] { f.argument() }, f.messageKey(),
				LocaleContextHolder.getLocale()));
	}

	private Detail detail(OutgoingDocument d) {
		List<String> names = drafting.namesOf(d.parties());
		List<Party> parties = d.parties();
		List<PartyView> partyViews = java.util.stream.IntStream.range(0, parties.size())
			.mapToObj(i -> new PartyView(parties.get(i).role(), parties.get(i).kind(), parties.get(i).refId(), names.get(i))).toList();
		Body body = drafting.body(d);
		List<StepView> steps = routing.openSteps(d.id()).stream()
			.map(s -> new StepView(s.taskId(), s.step(), s.state(), s.due(), s.since(), s.mine())).toList();
		return new Detail(d.id(), d.type(), d.direction(), d.issuingUnitId(), d.organMark(), d.referenceCode(), d.title(), d.urgency(),
				drafting.marking(d), d.important(), d.note(), body.blocks(), body.text(), partyViews, d.state(), d.versionNo(), d.referenceNumber(),
				d.writtenOn(), d.copies(), d.openWarnings(), steps, d.createdAt(), d.updatedAt(), d.replyTo());
	}
}
