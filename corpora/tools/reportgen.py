"""Generate fictional Finnish final reports (pdfgen markup) for tests and benchmarks, deterministically.

``report_text(i, sections)`` gives report number ``i`` with ``sections`` narrative sections after the
facts (about one page each); ``write_reports(folder, n, sections)`` renders ``n`` of them to PDF.
"""
from __future__ import annotations

import pathlib
import random

from pdfgen import PAGEBREAK, render_pdf

PLACES = [("Iisalmen kaupunki", "Iisalmessa", "Kiuruvedellä"), ("Porin kaupunki", "Porissa", "Ulvilassa"),
          ("Kajaanin kaupunki", "Kajaanissa", "Sotkamossa"), ("Joensuun kaupunki", "Joensuussa", "Liperissä"),
          ("Seinäjoen kaupunki", "Seinäjoella", "Lapualla"), ("Mikkelin kaupunki", "Mikkelissä", "Juvalla")]
FUNDERS = ["Pohjois-Savon ELY-keskus", "Satakunnan ELY-keskus", "Kainuun ELY-keskus",
           "Pohjois-Karjalan ELY-keskus", "Etelä-Pohjanmaan ELY-keskus", "Etelä-Savon ELY-keskus"]
NAMES = ["Polku eteenpäin", "Työhön!", "Uusi suunta", "Askel kerrallaan", "Tuetusti töihin", "Voimaa arkeen"]
FILLER = [
    "Hankkeen toiminta perustui yksilölliseen ohjaukseen, jossa asiakkaan kanssa laadittiin "
    "henkilökohtainen suunnitelma ja sovittiin seuraavista askelista.",
    "Yhteistyö työ- ja elinkeinotoimiston, sosiaalitoimen ja kolmannen sektorin toimijoiden kanssa "
    "oli tiivistä, ja asiakkaiden palvelupolkuja kehitettiin yhdessä.",
    "Ryhmätoiminnassa harjoiteltiin arjen hallintaa, työnhakutaitoja ja digitaalisten palvelujen käyttöä.",
    "Työnantajakäynneillä kartoitettiin avoimia tehtäviä ja sovittiin työkokeiluista, joissa asiakas "
    "pääsi tutustumaan työtehtäviin ohjaajan tuella.",
    "Ohjaajat arvioivat, että luottamuksellinen suhde asiakkaaseen oli onnistumisen tärkein edellytys.",
    "Hankkeen aikana järjestettiin seminaareja ja koulutustilaisuuksia alueen toimijoille, ja hyviä "
    "käytäntöjä levitettiin verkoston kautta.",
    "Asiakaspalautteen mukaan toiminta koettiin hyödylliseksi ja ohjaus riittävän joustavaksi.",
    "Haasteena oli pitkään työttömänä olleiden asiakkaiden terveydelliset rajoitteet, jotka hidastivat "
    "siirtymistä työelämään.",
]


def report_text(i: int, sections: int = 1) -> str:
    """The markup of report number `i` (facts first, then `sections` narrative sections)."""
    rnd = random.Random(i)
    place = PLACES[i % len(PLACES)]
    clients = 40 + rnd.randrange(300)
    employed = clients * (10 + rnd.randrange(30)) // 100
    cost = 100_000 + rnd.randrange(900_000)
    start, end = 2008 + i % 12, 2010 + i % 12
    parts = [f"# {NAMES[i % len(NAMES)]} {i} -hankkeen loppuraportti", "## 1 Perustiedot",
             f"Hanketta hallinnoi {place[0]} ja rahoitti {FUNDERS[i % len(FUNDERS)]}. Hanke toteutettiin "
             f"ajalla 1.3.{start}–31.12.{end} {place[1]} ja {place[2]}.", PAGEBREAK, "## 2 Tulokset",
             f"Hankkeeseen osallistui kaikkiaan {clients} asiakasta. Asiakkaista {employed} työllistyi "
             f"avoimille työmarkkinoille ja {rnd.randrange(5, 30)} aloitti opinnot.", "## 3 Kustannukset",
             f"Hankkeen toteutuneet kokonaiskustannukset olivat {_eur(cost)} euroa.",
             "\n".join(["| Rahoittaja | Euroa |", "|---|---|", f"| ESR ja valtio | {_eur(cost * 3 // 4)} |",
                        f"| Kunnat | {_eur(cost - cost * 3 // 4)} |"])]
    for k in range(sections):
        parts += [PAGEBREAK, f"## {4 + k} Toiminta ja havainnot, osa {k + 1}"]
        parts += [" ".join(rnd.sample(FILLER, 4)) for _ in range(5)]
        parts.append(f"Osiossa {k + 1} ohjaukseen osallistui {rnd.randrange(5, 60)} asiakasta, ja "
                     f"tilaisuuksia järjestettiin {rnd.randrange(2, 20)}.")
    return "\n\n".join(parts) + "\n"


def _eur(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def write_reports(folder: pathlib.Path, n: int, sections: int = 1, start: int = 0) -> list[pathlib.Path]:
    """Render reports `start`..`start + n - 1` into `folder` as PDFs; return their paths."""
    paths = []
    for i in range(start, start + n):
        path = pathlib.Path(folder) / f"raportti-{i:04d}.pdf"
        render_pdf(report_text(i, sections), path, header=f"{NAMES[i % len(NAMES)]} {i} – loppuraportti")
        paths.append(path)
    return paths
