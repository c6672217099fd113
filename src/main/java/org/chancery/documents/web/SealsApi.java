package org.chancery.documents.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.chancery.documents.Seals;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The seal images of issuing units (system administrator). */
@RestController
@RequestMapping("/api/v1/document-seals")
@Tag(name = "Outgoing documents")
class SealsApi {

	private final Seals seals;

	SealsApi(Seals seals) {
		this.seals = seals;
	}

	@GetMapping
	@Operation(summary = "The units that have a seal image, with when it was set")
	Map<UUID, Instant> units() {
		return seals.units();
	}

	@PutMapping(value = "/{unitId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Set a unit's seal image (PNG with transparency, at most 2 MB)")
	ResponseEntity<Void> set(@PathVariable UUID unitId, @RequestParam("file") MultipartFile file) throws IOException {
		seals.set(unitId, file.getBytes());
		return ResponseEntity.noContent().build();
	}
}
