// Command genstatenames writes the French and Spanish names of the States
// of corpus/states.txt, from the CLDR region names that golang.org/x/text
// carries, with the forms of UN documents that CLDR lacks ("Fédération de
// Russie", "República de Corea") added by hand: one line per name,
// ISO 3166 alpha-2 code|language|name.
//
//	go run ./scripts/genstatenames corpus/states.txt > corpus/states_fr_es.txt
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// extra are the names of UN documents and statements that CLDR's short
// names are not: the long forms of the UN list, and the States CLDR names
// as territories.
var extra = map[string][]string{
	"fr:BO": {"État plurinational de Bolivie"},
	"fr:CZ": {"République tchèque"},
	"fr:IR": {"République islamique d'Iran", "Iran (République islamique d')"},
	"fr:KP": {"République populaire démocratique de Corée"},
	"fr:KR": {"République de Corée"},
	"fr:LA": {"République démocratique populaire lao"},
	"fr:MD": {"République de Moldova"},
	"fr:NL": {"Royaume des Pays-Bas"},
	"fr:PS": {"État de Palestine", "Palestine"},
	"fr:RU": {"Fédération de Russie"},
	"fr:SY": {"République arabe syrienne"},
	"fr:TZ": {"République-Unie de Tanzanie"},
	"fr:US": {"États-Unis d'Amérique", "Etats-Unis"},
	"fr:VA": {"Saint-Siège"},
	"fr:VE": {"République bolivarienne du Venezuela"},
	"fr:VN": {"Viet Nam"},
	"fr:GB": {"Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"},
	"fr:CN": {"République populaire de Chine"},
	"fr:CH": {"Confédération suisse"},
	"es:BO": {"Estado Plurinacional de Bolivia"},
	"es:IR": {"República Islámica del Irán", "Irán (República Islámica del)"},
	"es:KP": {"República Popular Democrática de Corea"},
	"es:KR": {"República de Corea"},
	"es:LA": {"República Democrática Popular Lao"},
	"es:MD": {"República de Moldova"},
	"es:NL": {"Reino de los Países Bajos"},
	"es:PS": {"Estado de Palestina", "Palestina"},
	"es:RU": {"Federación de Rusia"},
	"es:SY": {"República Árabe Siria"},
	"es:TZ": {"República Unida de Tanzanía"},
	"es:US": {"Estados Unidos de América", "EE. UU.", "EE.UU."},
	"es:VA": {"Santa Sede"},
	"es:VE": {"República Bolivariana de Venezuela"},
	"es:VN": {"Viet Nam"},
	"es:GB": {"Reino Unido de Gran Bretaña e Irlanda del Norte"},
	"es:CN": {"República Popular China"},
	"es:MX": {"Estados Unidos Mexicanos", "Méjico"},
	"es:AR": {"República Argentina"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genstatenames corpus/states.txt")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "genstatenames:", err)
		os.Exit(1)
	}
	defer f.Close()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "# French and Spanish names of the States of states.txt, written by")
	fmt.Fprintln(w, "# scripts/genstatenames from CLDR (golang.org/x/text): ISO 3166 alpha-2|language|name.")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "|")
		if len(fields) < 3 || (fields[0] != "state" && fields[0] != "observer") {
			continue
		}
		code, _, _ := strings.Cut(fields[2], "/")
		region, err := language.ParseRegion(code)
		if err != nil {
			fmt.Fprintf(os.Stderr, "genstatenames: %s: %v\n", code, err)
			os.Exit(1)
		}
		for _, lang := range []string{"fr", "es"} {
			seen := map[string]bool{}
			names := []string{display.Regions(language.Make(lang)).Name(region)}
			names = append(names, extra[lang+":"+code]...)
			for _, n := range names {
				if n == "" || seen[n] || n == fields[1] {
					continue
				}
				seen[n] = true
				fmt.Fprintf(w, "%s|%s|%s\n", code, lang, n)
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "genstatenames:", err)
		os.Exit(1)
	}
}
