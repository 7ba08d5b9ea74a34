-- A clinic of generated patients for PatientSearchBenchmark, shaped like a real Swedish clinic's register:
-- 205 given and 265 family names from the languages such a clinic hears (Swedish, Finnish, Norwegian, Danish,
-- German, Polish, Spanish, Portuguese, French, Italian, Turkish, Arabic, Persian, Somali, Kurdish, Bosnian, Greek,
-- Russian and Ukrainian, Vietnamese, Chinese, Thai, Indian, English, Dutch, ...), with their accents. Names are drawn
-- with a Zipf-like frequency (rank r with weight ~ r^-0.6): the most common family name is about 3.5 % of patients,
-- the ten most common about 17 %, and the tail is rare, as in population name registers. One family name in ten is
-- double-barrelled, one given name in ten is a double name. Every name, date and number comes from md5(row
-- number), so each run generates the same register.
with names as (
    select array['Anna','Maria','Sara','Emma','Fatima','Elin','Johanna','Sofia','Linnea','Ida','Hanna','Amira','Karin',
                 'Julia','Emilia','Lina','Malin','Elsa','Maja','Ebba','Ella','Klara','Alice','Nour','Ayşe','Zeynep',
                 'Léa','Chloé','Camille','Lucía','María José','Paula','Ana','Inês','Joana','Agnieszka','Katarzyna',
                 'Małgorzata','Zofia','Aleksandra','Olga','Natalia','Oksana','Yulia','Irina','Tatiana','Elena','Ioana',
                 'Andreea','Mia','Lea','Leonie','Jana','Lena','Sabine','Katharina','Anneli','Aino','Helmi','Sanna',
                 'Päivi','Tuula','Ingrid','Sigrid','Solveig','Astrid','Kirsten','Mette','Line','Freja','Saga','Tove',
                 'Wilma','Vera','Signe','Stina','Åsa','Märta','Ylva','Ulrika','Cecilia','Therese','Jenny','Sandra',
                 'Jessica','Linda','Helena','Susanne','Frida','Matilda','Amanda','Josefin','Emelie','Caroline','Louise',
                 'Rebecka','Isabelle','Moa','Nora','Agnes','Selma','Greta','Ronja','Tilde','Hedda','Alva','Elvira',
                 'Leila','Yasmin','Mariam','Aisha','Khadija','Zahra','Shirin','Parisa','Narges','Maryam','Hodan',
                 'Fadumo','Ayan','Hawa','Sahra','Amal','Rania','Dalia','Hiba','Rasha','Layla','Dilan','Rojda','Berfin',
                 'Elif','Merve','Büşra','Gülşen','Şule','Emina','Amra','Lejla','Selma-Lina','Dragana','Milica','Jelena',
                 'Ivana','Marija','Eleni','Dimitra','Georgia','Chiara','Giulia','Francesca','Martina','Anaïs','Océane',
                 'Margaux','Zoë','Noémie','Renée','Beatriz','Conceição','Mónica','Pilar','Begoña','Itziar','Núria',
                 'Mercè','Lan','Linh','Thảo','Huong','Mai','Wei','Xiu Ying','Mei','Li Na','Siriporn','Nok','Priya',
                 'Ananya','Deepika','Kavya','Lakshmi','Sunita','Grace','Olivia','Charlotte','Emily','Sophie','Hannah',
                 'Fleur','Sanne','Femke','Eszter','Réka','Zsófia','Kateřina','Lucie','Tereza','Žaneta','Dominika',
                 'Nikola','Ásdís','Guðrún','Þóra','Oona'] as given,
           array['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson',
                 'Gustafsson','Pettersson','Jonsson','Jansson','Hansson','Bengtsson','Jönsson','Lindberg','Jakobsson',
                 'Magnusson','Olofsson','Lindström','Lindqvist','Lindgren','Axelsson','Berg','Bergström','Lundberg',
                 'Lind','Lundgren','Lundqvist','Mattsson','Berglund','Fredriksson','Sandberg','Henriksson','Forsberg',
                 'Sjöberg','Wallin','Ali','Mohammed','Ahmed','Hassan','Hussein','Abdi','Yusuf','Nguyen','Tran','Le',
                 'Pham','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Hoffmann',
                 'Schäfer','Koch','García','Rodríguez','González','Fernández','López','Martínez','Sánchez','Pérez',
                 'Gómez','Martín','Jiménez','Ruiz','Hernández','Díaz','Moreno','Muñoz','Álvarez','Romero','Silva',
                 'Santos','Ferreira','Pereira','Oliveira','Costa','Gonçalves','Conceição','Kowalski','Nowak',
                 'Wiśniewska','Wójcik','Kowalczyk','Kamińska','Lewandowska','Zielińska','Szymańska','Woźniak',
                 'Dąbrowska','Kozłowska','Jankowska','Mazur','Yılmaz','Kaya','Demir','Şahin','Çelik','Yıldız',
                 'Yıldırım','Öztürk','Aydın','Özdemir','Arslan','Doğan','Kılıç','Korkmaz','Korhonen','Virtanen',
                 'Mäkinen','Nieminen','Mäkelä','Hämäläinen','Laine','Heikkinen','Koskinen','Järvinen','Hansen',
                 'Jensen','Nielsen','Pedersen','Kristiansen','Johansen','Olsen','Haugen','Bakken','Sørensen','Rasmussen',
                 'Jørgensen','Møller','Dupont','Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand',
                 'Leroy','Moreau','Lefèvre','Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci',
                 'Marino','Greco','Smith','Jones','Williams','Brown','Taylor','Davies','Wilson','Evans','O''Brien',
                 'Murphy','Kelly','de Jong','Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Hosseini',
                 'Mohammadi','Rezaei','Ahmadi','Karimi','Moradi','Jafari','Rahimi','Sadeghi','Hadžić','Hodžić',
                 'Kovačević','Petrović','Jovanović','Nikolić','Marković','Đorđević','Popescu','Ionescu','Popa',
                 'Nagy','Kovács','Tóth','Szabó','Horváth','Novák','Svoboda','Dvořák','Černá','Papadopoulou',
                 'Georgiou','Nikolaou','Ivanova','Petrova','Smirnova','Kuznetsova','Shevchenko','Bondarenko',
                 'Kovalenko','Wang','Li','Zhang','Liu','Chen','Yang','Huang','Zhao','Sharma','Patel','Singh','Kumar',
                 'Gupta','Reddy','Warsame','Farah','Omar','Jama','Osman','Haji','Aziz','Khalil','Haddad','Saleh',
                 'Ibrahim','Mansour','Nasser','Kaplan','Aslan','Tekin','Çiftçi','Bozkurt','Zaman','Khan','Shah',
                 'Ekström','Åberg','Öberg','Holmberg','Nyström','Björk','Strand','Engström','Dahl','Falk',
                 'Ström','Sundberg','Håkansson','Nordin'] as family
),
draws as (
    select i, ('x' || substr(md5(i || 'u'), 1, 8))::bit(32)::bigint / 4294967296.0 as u1,
           ('x' || substr(md5(i || 'v'), 1, 8))::bit(32)::bigint / 4294967296.0 as u2,
           ('x' || substr(md5(i || 'w'), 1, 8))::bit(32)::bigint / 4294967296.0 as u3,
           ('x' || substr(md5(i || 'x'), 1, 8))::bit(32)::bigint / 4294967296.0 as u4,
           ('x' || substr(md5(i || 'y'), 1, 8))::bit(32)::bigint as bits
    from generate_series(1, :n) as i
),
-- inverse of the Zipf-like cumulative weight: rank = (1 + u ((size + 1)^0.4 - 1))^(1 / 0.4), 1-based
ranked as (
    select d.*,
           floor(power(1 + u1 * (power(cardinality(given) + 1, 0.4) - 1), 2.5))::int as g1,
           floor(power(1 + u3 * (power(cardinality(given) + 1, 0.4) - 1), 2.5))::int as g2,
           floor(power(1 + u2 * (power(cardinality(family) + 1, 0.4) - 1), 2.5))::int as f1,
           floor(power(1 + u4 * (power(cardinality(family) + 1, 0.4) - 1), 2.5))::int as f2,
           given, family
    from draws d, names
)
insert into patient (id, clinic_id, given_name, family_name, date_of_birth, phone, preferred_language, archived,
                     latest_delivery_date, last_assessment_date)
select gen_random_uuid(), :clinic,
       given[least(g1, cardinality(given))]
           || case when bits % 10 = 0 and g2 <> g1 then ' ' || given[least(g2, cardinality(given))] else '' end,
       family[least(f1, cardinality(family))]
           || case when bits / 10 % 10 = 0 and f2 <> f1 then '-' || family[least(f2, cardinality(family))] else '' end,
       date '1978-01-01' + (bits / 100 % 9500)::int,
       -- four in five with a Swedish mobile number, written the way reception types it
       case when bits / 1000000 % 5 = 0 then null
            else '+46 7' || (array['0','2','3','6','9'])[1 + (bits / 100000 % 5)::int] || ' '
                 || lpad((bits / 7 % 10000000)::text, 7, '0') end,
       'English',
       bits / 10000000 % 10 = 0,
       case when i % 3 = 0 then null else date '2025-01-01' + (i % 600) end,
       case when i % 2 = 0 then null else date '2025-06-01' + (i % 500) end
from ranked
