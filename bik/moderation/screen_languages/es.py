# ruff: noqa: E501 -- tables of patterns read best one per line
"""Spanish."""

NUMBERS = ("cero", "uno|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
AT = ("arroba",)
DOT = ("punto",)
REGIONS = ("ES",)

PATTERNS = {
    "address": [
        r"\b(?:calle|c/|avenida|avda\.?|av\.|plaza|paseo|camino|carrer|ronda) (?:de |del |la |los )?[a-z]+(?: [a-z]+){0,3},? (?:n[o.º]? ?)?\d{1,4}\b",
        r"\bvivo en (?:la )?(?:calle|avenida|plaza|c/|paseo) ",
        r"\bmi direccion (?:es|:)",
        r"\bmi codigo postal\b",
        r"\b(?:voy al|voy a la|estudio en el|estudio en la|estoy en el) (?:colegio|instituto|ies|insti|escuela|cole)(?: [a-z'-]+){1,4}(?: de | en )[a-z-]+",
        r"\bmi (?:colegio|instituto|insti|cole) es (?:el |la )?[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:agregame|anademe|sigueme|agregadme|buscame|seguime) (?:en|por|al)\b",
        r"\bmi {platforms} es\b|\bmi {platforms}:",
        r"\bmi (?:usuario|user|nick|cuenta) (?:es|de|en)\b",
        r"\bagregame\b|\banademe\b",
    ],
    "private_channel": [
        r"\b(?:escribeme|hablame|mandame un mensaje|hablamos|escribime) (?:por|en|al) (?:privado|md|dm|priv)\b",
        r"\bhablemos en privado\b|\bsigamos en privado\b|\bmejor en privado\b",
        r"\b(?:hablamos|hablemos|seguimos|escribeme|pasate|vamos) (?:por|en|a) {platforms}",
        r"\bmandame un privado\b",
        r"\bdonde nadie (?:nos )?(?:pueda|puede) (?:leer|ver)\b",
        r"\b(?:chat|app|grupo) secret[oa]\b",
    ],
    "meet_up": [
        r"\bvernos en persona\b|\bconocernos en persona\b|\bvernos a solas\b",
        r"\bven a mi casa\b|\bvente a mi casa\b",
        r"\bdonde vives\b",
        r"\ba que (?:colegio|instituto|insti|cole|escuela) vas\b|\ben que (?:colegio|instituto|insti|cole) estas\b",
        r"\bte (?:recojo|paso a buscar|espero (?:a la salida|en la puerta))\b",
        r"\bvamos a vernos\b",
    ],
    "secrecy": [
        r"\bno (?:se lo |le |lo )?(?:digas|cuentes) (?:nada )?a nadie\b",
        r"\bno (?:se lo |le |lo )?(?:digas|cuentes) (?:nada )?a tus padres\b",
        r"\bnuestro (?:pequeno )?secreto\b",
        r"\bguardalo en secreto\b|\bque quede entre nosotros\b|\bentre tu y yo\b",
        r"\bentre nosotros\b",
        r"\bborra (?:los|estos|nuestros|el) (?:mensajes|chat|conversacion)\b",
        r"\bnadie (?:tiene que|tiene por que|debe) saber(?:lo)?\b",
    ],
    "image_request": [
        r"\b(?:mandame|enviame|pasame|manda|envia|mandas|pasas) (?:una |unas |tu |tus |mas |otra )?(?:foto|fotos|selfie|selfies|nudes|video tuyo|pack)\b",
        r"\bensename tu cuerpo\b|\bmuestrate\b|\bensename (?:mas|como eres)\b",
        r"\bpon (?:la )?(?:camara|webcam|cam)\b",
        r"\bque llevas puesto\b",
    ],
    "grooming": [
        r"\bestas sol[ao]\b|\bestas sol[ao] en casa\b",
        r"\b(?:estan|hay) tus padres (?:en casa)?\b",
        r"\bte (?:compro|regalo|mando|doy|envio) (?:un |una |unos )?(?:regalo|robux|pavos|v-?bucks|skins?|dinero|tarjeta regalo|euros|\d+)",
        r"\bte pago\b|\bsoy el unico que te entiende\b",
        r"\bla edad es solo un numero\b",
    ],
    "age_question": [r"\bcuantos anos tienes\b|\bque edad tienes\b|\bcuantos tienes\b", r"\ben que curso estas\b"],
    "flattery": [
        r"\beres (?:muy |tan |super |re )*(?:madura|maduro|guapa|guapo|preciosa|especial|sexy|linda|perfecta)\b",
        r"\bpareces (?:mas mayor|mayor|mas madura|mas maduro)\b|\bmadur[ao] para tu edad\b",
        r"\bno eres como las otras\b|\bno eres como los otros\b",
    ],
    "sexual": [
        r"\b(?:sexo|porno|desnud[oa]s?|tetas|polla|cono|follar|masturb\w*|paja|mamada|cachond[oa]|chupar)\b",
        r"\bacostarme contigo\b|\bhacerlo contigo\b",
    ],
    "insult": [
        r"\b(?:eres|sos) (?:un |una |muy |tan |super |lo mas )*(?:idiota|estupido|estupida|imbecil|feo|fea|gordo|gorda|perdedor|perdedora|tonto|tonta|inutil|asqueroso|asquerosa|pringado|pringada|subnormal|patetico|patetica|basura|retrasado|retrasada|un asco)\b",
        r"\b(?:puta|zorra|gilipollas|cabron|maricon|hijo de puta|subnormal|mongolo|anormal|vete a la mierda)\b",
        r"\bnadie te quiere\b|\btodos te odian\b|\bnadie te soporta\b",
        r"\bcallate\b",
        r"\bmatate\b|\bmuerete\b|\bsuicidate\b",
        r"\bvuelve a tu pais\b",
    ],
    "hate": [
        r"\b(?:sudaca|moro de mierda|negrata|panchito|maricones|bollera)\b",
        r"\blos (?:gays|maricones|negros|moros|judios|musulmanes|inmigrantes|trans) (?:son|deberian)\b.{0,25}\b(?:asquerosos|enfermos|morir|irse|animales|basura)\b",
    ],
    "self_harm": [
        r"\b(?:matarme|suicidarme|cortarme|hacerme dano|quitarme la vida)\b",
        r"\bquiero morir(?:me)?\b|\bme quiero morir\b|\bquiero desaparecer\b",
        r"\bno quiero (?:seguir )?(?:vivir|existir|estar aqui|despertar)\b",
        r"\bacabar con (?:todo|mi vida)\b",
        r"\bme (?:he )?(?:vuelto a )?(?:cortado|cortar|lastimado|hecho dano)\b|\bme corto\b",
        r"\bojala (?:pudiera )?(?:desaparecer|no despertar|no existir|morir|no haber nacido|estar muert[oa])\b",
        r"\bnadie me (?:echaria de menos|extranaria)\b|\bnadie (?:lo )?notaria\b",
        r"\b(?:estarian|estarias|estaria) mejor sin mi\b",
        r"\b(?:no puedo|ya no puedo) mas\b.{0,60}\b(?:desaparecer|morir|acabar|fin)\b",
        r"\bcansad[oa] de vivir\b|\bno tiene sentido vivir\b|\bsoy una carga\b",
    ],
    "self_harm_topic": [r"\bsuicid", r"\bautolesion"],
    "abuse": [
        r"\b(?:el|ella|mi \w+) me (?:pega|toca|golpea|pego|toco|maltrata)\b",
        r"\babusa(?:ba)? de mi\b|\babusaron de mi\b",
        r"\bme (?:chantajea|extorsiona)\b",
        r"\bamenaza con (?:publicar|compartir|subir|enviar) mis (?:fotos|videos)\b",
    ],
    "awareness": [
        r"\b(?:hoy |en clase )?(?:hablamos|aprendimos|vimos|nos explicaron|nos hablaron) (?:de|sobre|que|por que)\b",
        r"\bpor que nunca\b|\bnunca (?:hay que )?(?:envies|mandes|compartas|enviar|compartir|mandar)\b|\bno hay que (?:enviar|compartir)\b",
        r"\bsi alguien te (?:pide|amenaza|envia|dice|acosa)\b",
        r"\b(?:habla|hablalo) con (?:un adulto|alguien de confianza|tus padres)\b|\b(?:denuncia|bloquea|reporta)(?:lo|la|los)?\b",
        r"\b(?:campana|charla|taller|poster|trabajo|proyecto) (?:sobre|contra)\b",
        r"\bcomo (?:reconocer|denunciar|bloquear|protegerte|protegerse)\b",
    ],
}

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:yo|me|mi|mis|conmigo)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bdesaparecer\b",
    r"\bno (?:volver a )?despertar(?:me)?\b|\bdormir(?:me)? y no despertar\b",
    r"\b(?:pastillas|pildoras)\b",
    r"\bcarta de despedida\b|\bdespedirme\b",
    r"\bya no puedo mas\b|\bno aguanto mas\b",
    r"\bpensamientos oscuros\b",
    r"\bla vida no tiene sentido\b|\bno tiene sentido seguir\b",
    r"\bmis (?:brazos|munecas|piernas)\b.{0,30}\b(?:cortes|cicatrices|marcas)\b",
    r"\bsi yo no estuviera\b|\bsi desapareciera\b|\bsi me muriera\b",
    r"\bmejor sin mi\b|\bmejor si no existiera\b",
]

PATTERNS["relationship_question"] = [
    r"\btienes (?:novio|novia)\b|\bestas soltera?\b|\bhas besado\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btodos se rien de ti\b|\btodo el mundo se rie de ti\b",
    r"\b(?:largate|vete de aqui|piérdete|pierdete)\b",
    r"\bnadie quiere (?:ser tu amig[oa]|estar contigo|juntarse contigo)\b",
    r"\bte vamos a (?:pegar|partir la cara)\b|\bte voy a (?:pegar|partir la cara|reventar)\b",
    r"\ba nadie le importas\b|\bnadie te ha preguntado\b",
    r"\bmirate\b",
    r"\b(?:gente como tu|los que son como tu)\b",
    r"\b(?:pringad[oa]|perdedor[a]?|friki|rarit[oa]|fracasad[oa]|payas[oa])\b",
]

PATTERNS["secrecy"] += [
    r"\bqueda entre nosotros\b|\bno se lo digas a nadie\b|\bno hace falta que lo sepan\b|\bno le digas nada a nadie\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:agregame|escribeme|hablame) (?:al|por|en) (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmas privado\b|\bmensajes temporales\b|\bnadie (?:puede|podra) (?:leer|ver)\b",
]

PATTERNS["image_request"] += [
    r"\b(?:mandame|enviame|pasame) (?:una |unas )?(?:foto|fotos|video|selfie)\b|\bquiero verte\b|\bensename\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:podemos|quieres|te apetece) (?:vernos|quedar|conocernos)\b|\bvoy a (?:verte|buscarte)\b|\ben que ciudad vives\b|\bcomo se llama tu (?:colegio|instituto|insti|cole)\b",
]

PATTERNS["grooming"] += [
    r"\b(?:estan|estan en casa) tus padres\b|\bcuando se van tus padres\b|\bte (?:regalo|compro|doy) (?:lo que quieras|pavos|robux|dinero)\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\btener sexo\b|\bhacer el amor\b|\bacostarnos\b|\bque llevas puesto\b|\btocarte\b|\btocarme\b|\btu cuerpo\b|\bfotos (?:sexys?|calientes|hot)\b|\bdesnud[oa]s?\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bno valgo (?:nada|para nada)\b|\bsoy (?:un fracaso|una inutil|un inutil|nada)\b",
    r"\bme odio\b|\bodio mi vida\b",
    r"\bprefiero (?:morir|estar muert[oa])\b|\bojala me muera\b",
    r"\bme rindo\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bpara que (?:seguir|vivir|sirve todo)\b",
    r"\bquiero que todo (?:pare|acabe|termine)\b",
    r"\bseria (?:mas facil|mejor) si (?:yo )?no\b",
    r"\bme siento vaci[oa]\b",
    r"\bestoy harta? de todo\b|\bcansad[oa] de todo\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bdas asco\b|\bdas pena\b",
    r"\bnadie quiere (?:sentarse|hablar|estar|juntarse|jugar) contigo\b",
    r"\b(?:vete|sal|largate) del grupo\b|\bno pintas nada\b|\bno te queremos\b",
    r"\bque (?:gorda|gordo|fea|feo) (?:estas|eres)\b|\bdeja de comer\b",
    r"\b(?:moros|negros|gitanos|sudacas|maricones) fuera\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bsin ropa\b|\bganas de ti\b|\ben (?:tu|mi) cama\b|\bcosas (?:sucias|guarras)\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\b(?:tus padres|tu madre|tu padre) (?:revisan|revisa|miran|mira|leen) tu (?:movil|telefono|whatsapp|mensajes)\b",
    r"\b(?:descarga|descargate|bajate|instala) (?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bno hace falta que (?:se lo )?(?:digas|cuentes)\b",
    r"\ben que (?:instituto|insti|colegio|cole) (?:estudias|estas)\b",
    r"\bte (?:recargo|puedo recargar) (?:el movil|el saldo)\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|te\b|ti\b|tus\b|contigo|eres\b|estas\b|tienes\b|vives\b|vosotros|usted",
    "self_harm": r"suicidarme|matarme|me voy a matar|hacerme dano|me hago dano|quitarme la vida|acabar con mi vida|tirarme de|ahorcarme|sobredosis",
    "despair": r"quiero desaparecer|quisiera desaparecer|ganas de desaparecer|quiero morir|no quiero vivir|no quiero seguir|ganas de vivir|no despertar|dormir para siempre|mejor sin mi|estarian mejor|nadie me echaria de menos|nadie lo notaria|una carga|no puedo mas|no aguanto mas|mi vida no tiene sentido|nada tiene sentido|acabar con todo|cicatrices|cuchilla|pastillas|carta de despedida|me odio|odio mi vida|no valgo nada|vacio por dentro|vacia por dentro|cansado de vivir|cansada de vivir",
    "slur": r"puta|puto\b|hijo de puta|gilipollas|cabron|maricon|marica|subnormal|retrasad|mongolo|zorra|cono\b|malparid|pendej|vete a la mierda|matate|muerete|te vas a enterar|a la salida te|estas muerto|estas muerta|te mato\b",
    "insult": r"feo\b|fea\b|gordo|gorda|idiota|estupid|tonto|tonta|imbecil|perdedor|pringad|asqueros|das asco|das pena|patetic|inutil|nadie te quiere|nadie te soporta|todos te odian|todo el mundo te odia|se rien de ti|callate|largate|vete\b|fuera del grupo|apestas|payaso|cerda|cerdo|ballena|vaca\b|te voy a pegar|te vamos a pegar|basura",
    "hate": r"sudaca|moro de mierda|negro de mierda|panchito|vuelve a tu pais|vete a tu pais|los gitanos son|inmigrantes de mierda|sieg heil",
    "sexual": r"desnud|porno\b|sexo\b|follar|chupar|mamada|paja\b|masturb|tetas|polla|verga|cachond|sexy|nudes|quitate la ropa|ropa interior|bragas|sujetador|hablar guarro|guarradas|cosas guarras|sextear|sexting",
    "alone": r"estas sol[ao]|solo en casa|sola en casa|solita|solito|tus padres (?:estan|no estan|salen|trabajan)|alguien en casa|en tu cuarto|en tu habitacion",
    "age": r"cuantos anos|que edad|tu edad|en que curso|que curso|tienes 1[0-7]|eres menor",
    "secret": r"nuestro secreto|es un secreto|entre nosotros|entre tu y yo|no se lo digas|no le digas|no digas nada|nadie tiene que saber|nadie debe saber|borra (?:el|los|la|nuestros|nuestra) (?:chat|mensajes|conversacion)",
    "private": r"por privado|al privado|por md|al md|donde nadie (?:nos )?(?:pueda|puede) (?:leer|ver)|mensajes temporales|chat secreto|(?:por|en|a) (?:snap|telegram|whatsapp|signal|insta|discord) mejor|hablemos por (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"te compro|te regalo|te pago|te doy (?:dinero|\d|pavos|robux)|te mando (?:dinero|\d)|tarjeta regalo",
    "mature": r"madura para tu edad|muy madura|muy maduro|tan madura|tan maduro|pareces mayor|mas madura|no eres como las demas|no eres como los demas|la edad es solo un numero|solo yo te entiendo",
    "flattery": r"guapa|guapo|preciosa|hermosa|bonita|linda\b|sexy|perfecta|especial",
    "meet": r"quedamos|quedar\b|vernos|ven a mi casa|te recojo|paso a buscarte|voy a buscarte|conocernos en persona|en persona",
    "where": r"donde vives|de donde eres exactamente|en que ciudad|que ciudad|que instituto|a que insti|que colegio|a que cole|tu direccion|en que calle|que barrio",
    "send": r"mandame|enviame|pasame|manda\b|ensename|muestrame|dejame ver|quiero ver|pon la camara|enciende la camara",
    "picture": r"foto|selfie|nudes|pack\b|video|camara|cuerpo",
    "relapse": r"lo volvi a hacer|volvi a hacerlo|recaida|recai",
    "hidden": r"sudadera|manga larga|mangas largas|nadie lo ve|tapar los brazos|esconder las marcas",
    "give_away": r"le regalo mis cosas|regalo mis cosas|doy mis cosas|regalar mis cosas",
    "no_need": r"no las voy a necesitar|no lo voy a necesitar|ya no (?:las|los|lo) necesit|no voy a necesitar",
    "last_post": r"mi ultimo mensaje|ultimo mensaje aqui|mi ultimo post",
    "goodbye": r"adios|gracias por todo|hasta siempre",
    "harmless": r"bajo la manta|debajo de la manta|morirme de risa|muerta de risa|muerto de risa|me muero de risa",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bsi alguien\b|\bsi un desconocido\b|\bnunca (?:envies|mandes|compartas|des|debes)\b|\bno envies\b|\bno compartas\b",
    r"\b(?:cuentaselo|cuentalo|dilo|diselo|habla) (?:a |con )?(?:un adulto|alguien de confianza|tus padres|un profesor|una profesora)\b|\badulto de confianza\b",
    r"\bsenales de (?:alerta|alarma|peligro)\b|\b(?:los )?(?:acosadores|depredadores|estafadores|desconocidos) (?:suelen|intentan|fingen|piden|usan)\b",
    r"\b(?:la|el) (?:profe|profesora|profesor|tutora|tutor|orientadora|orientador)\b|\blinea de ayuda\b",
]
