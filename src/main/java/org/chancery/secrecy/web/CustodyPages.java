package org.chancery.secrecy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.identity.AccountDirectory;
import org.chancery.secrecy.Copying;
import org.chancery.secrecy.Custody;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confidential clerk's pages: the dashboard, and per item the copy register with everything the
 * clerk does to copies (number them, send them, take them back, report a loss, ask for destruction).
 */
@Controller
@RequestMapping("/custody")
@PreAuthorize("hasRole('CONFIDENTIAL_CLERK')")
class CustodyPages {

	private final Custody custody;
	private final Copying copying;
	private final AccountDirectory directory;
	private final java.time.Clock clock;

	CustodyPages(Custody custody, Copying copying, AccountDirectory directory, java.time.Clock clock) {
		this.clock = clock;
		this.custody = custody;
		this.copying = copying;
		this.directory = directory;
	}

	@GetMapping
	String dashboard(Model model) {
		var d = custody.dashboard();
		var approved = copying.approved();
		model.addAttribute("dashboard", d);
		model.addAttribute("approved", approved);
		model.addAttribute("names", directory.byIds(Stream.of(
				Stream.concat(d.unconfirmed().stream(), d.brokenChains().stream()).flatMap(m -> Stream.of(m.courier(), m.recipient())),
				d.overdue().stream().map(c -> c.holder()).filter(java.util.Objects::nonNull),
				approved.stream().map(r -> r.requestedBy())).flatMap(x -> x).collect(Collectors.toSet())));
		return "secrecy/custody";
	}

	@GetMapping("/items/{itemId}")
	String copies(@PathVariable UUID itemId, Model model) {
		var copies = custody.copiesOf(itemId);
		model.addAttribute("itemId", itemId);
		model.addAttribute("copies", copies);
		model.addAttribute("names", directory.byIds(copies.stream().map(c -> c.holder()).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("accountOptions", directory.all().stream().filter(AccountDirectory.Entry::enabled).toList());
		return "secrecy/copies";
	}

	@PostMapping("/items/{itemId}/copies")
	String issue(@PathVariable UUID itemId, @RequestParam(defaultValue = "0") int count, RedirectAttributes redirect) {
		if (count < 1 || count > 999) {
			return back(redirect, itemId, "flashError", "custody.countRange");
		}
		custody.issue(itemId, new Custody.CopyRequest(count));
		return back(redirect, itemId, "flash", "custody.issued");
	}

	@PostMapping("/items/{itemId}/manifests")
	String assemble(@PathVariable UUID itemId, @RequestParam(required = false) List<UUID> copyIds, @RequestParam(required = false) UUID courierId,
			@RequestParam(required = false) UUID recipientId, @RequestParam(defaultValue = "") String destination, RedirectAttributes redirect) {
		if (copyIds == null || copyIds.isEmpty() || courierId == null || recipientId == null || destination.isBlank() || destination.length() > 200) {
			return back(redirect, itemId, "flashError", "custody.manifestIncomplete");
		}
		try {
			custody.assemble(new Custody.ManifestDraft(courierId, recipientId, destination.strip(), copyIds));
		}
		catch (org.chancery.kernel.FieldException e) {
			redirect.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
			return back(redirect, itemId, "flashError", e.messageKey());
		}
		return back(redirect, itemId, "flash", "custody.assembled");
	}

	@PostMapping("/items/{itemId}/copies/{copyId}/recall")
	String recall(@PathVariable UUID itemId, @PathVariable UUID copyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBack, RedirectAttributes redirect) {
		if (dueBack == null || !dueBack.isAfter(LocalDate.now(clock))) {
			return back(redirect, itemId, "flashError", "custody.dueBackRequired");
		}
		custody.recall(copyId, new Custody.RecallRequest(dueBack));
		return back(redirect, itemId, "flash", "work.confirmed");
	}

	@PostMapping("/items/{itemId}/copies/{copyId}/return")
	String returned(@PathVariable UUID itemId, @PathVariable UUID copyId, RedirectAttributes redirect) {
		custody.returned(copyId);
		return back(redirect, itemId, "flash", "work.confirmed");
	}

	@PostMapping("/items/{itemId}/copies/{copyId}/lost")
	String lost(@PathVariable UUID itemId, @PathVariable UUID copyId, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		if (note.isBlank() || note.length() > 200) {
			return back(redirect, itemId, "flashError", "custody.noteRequired");
		}
		custody.reportLost(copyId, new Custody.LossReport(note));
		return back(redirect, itemId, "flash", "work.confirmed");
	}

	@PostMapping("/items/{itemId}/copies/{copyId}/destruction")
	String destruction(@PathVariable UUID itemId, @PathVariable UUID copyId, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String place, RedirectAttributes redirect) {
		if (method.isBlank() || place.isBlank() || method.length() > 200 || place.length() > 200) {
			return back(redirect, itemId, "flashError", "custody.destructionIncomplete");
		}
		custody.requestDestruction(copyId, new Custody.DestructionRequest(method, place));
		return back(redirect, itemId, "flash", "custody.destructionRequested");
	}

	@PostMapping("/copying/{id}/produce")
	String produce(@PathVariable UUID id, RedirectAttributes redirect) {
		copying.produce(id);
		redirect.addFlashAttribute("flash", "custody.produced");
		return "redirect:/custody";
	}

	private static String back(RedirectAttributes redirect, UUID itemId, String kind, String key) {
		redirect.addFlashAttribute(kind, key);
		return "redirect:/custody/items/" + itemId;
	}
}
