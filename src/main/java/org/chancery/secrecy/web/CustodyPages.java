package org.chancery.secrecy.web;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chancery.identity.AccountDirectory;
import org.chancery.secrecy.Custody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The confidential clerk's dashboard and copy registers. */
@Controller
@RequestMapping("/custody")
@PreAuthorize("hasRole('CONFIDENTIAL_CLERK')")
class CustodyPages {

	private final Custody custody;
	private final AccountDirectory directory;

	CustodyPages(Custody custody, AccountDirectory directory) {
		this.custody = custody;
		this.directory = directory;
	}

	@GetMapping
	String dashboard(Model model) {
		var d = custody.dashboard();
		model.addAttribute("dashboard", d);
		model.addAttribute("names", directory.byIds(Stream.concat(Stream.concat(d.unconfirmed().stream(), d.brokenChains().stream())
			.flatMap(m -> Stream.of(m.courier(), m.recipient())), d.overdue().stream().map(c -> c.holder()).filter(java.util.Objects::nonNull))
			.collect(Collectors.toSet())));
		return "secrecy/custody";
	}

	@GetMapping("/items/{itemId}")
	String copies(@PathVariable UUID itemId, Model model) {
		var copies = custody.copiesOf(itemId);
		model.addAttribute("itemId", itemId);
		model.addAttribute("copies", copies);
		model.addAttribute("names", directory.byIds(copies.stream().map(c -> c.holder()).filter(java.util.Objects::nonNull).toList()));
		return "secrecy/copies";
	}
}
