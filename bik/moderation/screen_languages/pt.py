# ruff: noqa: E501 -- tables of patterns read best one per line
"""Portuguese."""

NUMBERS = ("zero", "um|uma", "dois|duas", "tres", "quatro", "cinco", "seis|meia", "sete", "oito", "nove")
AT = ("arroba",)
DOT = ("ponto",)
REGIONS = ("PT", "BR")

PATTERNS = {
    "address": [
        r"\b(?:rua|avenida|av\.|travessa|largo|praca|estrada|alameda|calcada|beco) (?:d[aoe]s? )?[a-z]+(?: [a-z]+){0,3},? (?:n[.ºo]? ?)?\d{1,4}\b",
        r"\b(?:moro|vivo) n[ao] (?:rua|avenida|travessa|praca|largo|estrada) ",
        r"\ba minha morada (?:e|:)|\bo meu endereco (?:e|:)|\bmeu endereco (?:e|:)",
        r"\bo meu codigo postal\b|\bmeu cep\b",
        r"\b(?:ando na|estudo na|estudo no|vou a|ando no) (?:escola|secundaria|liceu|colegio|agrupamento|ebs|es)(?: [a-z'-]+){1,4}(?: de | em | d[oa] )[a-z-]+",
        r"\ba minha escola e (?:a |o )?[a-z-]+",
    ],
    "social_handle": [
        r"\b(?:adiciona|segue|adicionem|sigam|me adiciona|me segue)[- ]?(?:me)? (?:no|na|em|pelo)\b",
        r"\b(?:o )?meu {platforms} (?:e|:)",
        r"\b(?:o )?meu (?:user|utilizador|usuario|nick|perfil|username) (?:e|no|na)\b",
        r"\badiciona[- ]me\b|\bsegue[- ]me\b",
    ],
    "private_channel": [
        r"\b(?:fala|escreve|manda)[- ]me (?:em|por|no) (?:privado|pv|dm|mp|priv)\b",
        r"\bvamos falar em privado\b|\bfalamos em privado\b|\bcontinuamos em privado\b",
        r"\b(?:falamos|vamos falar|continua|passa|vamos para|fala comigo) (?:no|na|pelo|pela|para o|para a) {platforms}",
        r"\bonde ninguem (?:nos )?(?:pode|consegue) (?:ler|ver)\b",
        r"\b(?:chat|app|grupo|conversa) secret[oa]\b",
    ],
    "meet_up": [
        r"\bvamos (?:nos )?encontrar\b|\bencontramo-nos\b|\bcombinamos\b|\bnos vemos (?:pessoalmente|sozinhos)\b",
        r"\bver-nos (?:pessoalmente|ao vivo|sozinhos)\b|\bconhecer-nos pessoalmente\b|\bencontrar-nos\b",
        r"\bvem (?:a|para a|ate a) minha casa\b|\bvem ca a casa\b",
        r"\bonde (?:e que )?(?:moras|vives)\b",
        r"\bem que escola (?:andas|estudas)\b|\bqual e a tua escola\b|\bque escola (?:andas|frequentas)\b",
        r"\b(?:vou-te|te vou|eu vou te) buscar\b|\bespero-te (?:a saida|a porta)\b",
    ],
    "secrecy": [
        r"\bnao (?:digas|contes|digam) (?:nada )?a ninguem\b",
        r"\bnao (?:digas|contes|diga|conte) (?:nada )?aos (?:teus )?pais\b",
        r"\b(?:o )?nosso (?:pequeno )?segredo\b",
        r"\bguarda (?:isto|isso) (?:em )?segredo\b|\bfica entre nos\b|\bentre (?:nos|mim e ti)\b",
        r"\bapaga (?:as|estas|as nossas) (?:mensagens|conversas)\b",
        r"\bninguem (?:precisa|tem) de saber\b",
    ],
    "image_request": [
        r"\b(?:manda|envia|mandas|envias)[- ]?(?:me )?(?:uma |umas |a tua |as tuas |mais )?(?:foto|fotos|fotografia|selfie|selfies|nudes|video teu)\b",
        r"\bmostra[- ]me (?:o teu corpo|como es|mais)\b|\bmostra-te\b",
        r"\bliga a (?:camara|webcam|cam)\b",
        r"\bo que (?:tens vestido|estas a vestir)\b",
    ],
    "grooming": [
        r"\bestas sozinh[oa]\b|\bficas sozinh[oa] em casa\b",
        r"\bos teus pais (?:estao|estao em casa|saem)\b",
        r"\b(?:eu )?(?:te )?(?:compro|ofereco|dou|mando)[- ]?(?:te)? (?:um |uma |uns )?(?:presente|robux|v-?bucks|skins?|dinheiro|cartao|euros|\d+)",
        r"\bpago-te\b|\bsou o unico que te entende\b",
        r"\ba idade e so um numero\b",
    ],
    "age_question": [
        r"\bquantos anos tens\b|\bque idade tens\b|\bquantos anos voce tem\b|\btens quantos anos\b",
        r"\bem que ano andas\b",
    ],
    "flattery": [
        r"\b(?:es|estas) (?:tao |muito |mesmo )*(?:madura|maduro|linda|lindo|bonita|especial|sexy|gira|perfeita)\b",
        r"\bpareces (?:mais velh[oa]|mais madur[oa])\b|\bmadur[ao] para a tua idade\b",
        r"\bnao es como as outras\b|\bnao es como os outros\b",
    ],
    "sexual": [
        r"\b(?:sexo|porno|nua|nu|nudes|mamas|pila|foder|masturb\w*|broche|punheta|tesao)\b",
        r"\bdormir contigo\b|\bir para a cama contigo\b",
    ],
    "insult": [
        r"\b(?:es|es mesmo|es um|es uma|es tao) (?:um |uma |tao |muito |mesmo )*(?:idiota|estupid[oa]|burr[oa]|fei[oa]|gord[oa]|falhad[oa]|inutil|nojent[oa]|ridicul[oa]|atrasad[oa]|otario|otaria|lixo|parv[oa]|palhaco)\b",
        r"\b(?:puta|cabra|cabrao|filho da puta|caralho|paneleiro|vai-te foder|vai te foder|sua vaca|merdas)\b",
        r"\bninguem gosta de ti\b|\btodos te odeiam\b|\bninguem te suporta\b|\bninguem te quer\b",
        r"\bcala-te\b|\bcala a boca\b",
        r"\bmata-te\b|\bvai morrer\b|\bmorre\b",
        r"\bvolta para a tua terra\b",
    ],
    "hate": [
        r"\b(?:macaco|preto de merda|cigano de merda|paneleiros|monhe)\b",
        r"\bos (?:gays|pretos|ciganos|judeus|muculmanos|imigrantes|trans) (?:sao|deviam)\b.{0,25}\b(?:nojentos|doentes|morrer|ir embora|animais|lixo)\b",
    ],
    "self_harm": [
        r"\b(?:matar-me|suicidar-me|cortar-me|magoar-me|me matar|me cortar|me magoar|tirar a minha vida)\b",
        r"\bquero morrer\b|\bquero desaparecer\b",
        r"\bnao quero (?:mais )?(?:viver|existir|estar ca|acordar)\b",
        r"\bacabar com (?:tudo|a minha vida)\b",
        r"\b(?:voltei a|tornei a) (?:cortar-me|magoar-me|me cortar|me magoar)\b|\bmagoei-me (?:outra vez|de novo)\b|\bcortei-me\b",
        r"\bquem me dera (?:desaparecer|nao acordar|nao existir|morrer|nunca ter nascido)\b|\bgostava de (?:desaparecer|nao existir|nao acordar)\b",
        r"\bninguem (?:ia|iria) (?:sentir a minha falta|notar|reparar)\b",
        r"\b(?:ficavam|estariam) melhor sem mim\b",
        r"\bja nao aguento\b.{0,60}\b(?:desaparecer|morrer|acabar|fim)\b",
        r"\bcansad[oa] de viver\b|\bsou um peso\b",
    ],
    "self_harm_topic": [r"\bsuicid", r"\bautomutila", r"\bautolesao\b"],
    "abuse": [
        r"\b(?:ele|ela|o meu \w+|a minha \w+) (?:bate-me|toca-me|me bate|me toca|maltrata-me)\b",
        r"\babusou de mim\b|\babusa de mim\b",
        r"\bchantageia-me\b|\bestao a chantagear-me\b|\bme chantageia\b",
        r"\bameaca (?:publicar|partilhar|enviar) as minhas (?:fotos|fotografias|videos)\b",
    ],
    "awareness": [
        r"\b(?:hoje |na aula )?(?:falamos|aprendemos|vimos|discutimos) (?:sobre|de|que|porque|por que)\b",
        r"\bporque (?:e que )?nunca\b|\bnunca (?:se deve )?(?:enviar|partilhar|mandar)\b|\bnunca envies\b|\bnao se deve (?:enviar|partilhar)\b",
        r"\bse alguem te (?:pedir|pede|ameacar|enviar|disser)\b",
        r"\b(?:fala|falem) com (?:um adulto|alguem de confianca|os teus pais)\b|\b(?:denuncia|bloqueia)\b",
        r"\b(?:campanha|sessao|cartaz|trabalho|projeto|palestra) (?:sobre|contra)\b",
        r"\bcomo (?:reconhecer|denunciar|bloquear|proteger)\b",
    ],
}

PATTERNS["private_channel"] += [
    r"\b(?:vamos|passa|bora|anda) (?:para o|pro|para a|pra|no|na) {platforms}",
    r"\bninguem (?:nos )?(?:pode|consegue|vai) (?:ler|ver)\b",
]

# Words by which the writer speaks of themselves: self-harm named as a subject holds only with them.
FIRST_PERSON = r"\b(?:eu|me|mim|meu|minha|comigo)\b"

# Indirect self-harm: disappearing, not waking up, pills, goodbye letters, the end of strength.
PATTERNS["self_harm"] += [
    r"\bdesaparecer\b",
    r"\bnao acordar (?:mais)?\b|\bdormir para sempre\b",
    r"\b(?:comprimidos|pastilhas|medicamentos)\b",
    r"\bcarta de despedida\b",
    r"\bja nao aguento mais\b|\bnao aguento mais\b|\bja nao consigo\b",
    r"\bpensamentos (?:escuros|negros|maus)\b",
    r"\ba vida nao (?:tem|faz) sentido\b",
    r"\bos meus (?:bracos|pulsos)\b|\bcortes nos bracos\b",
    r"\bse eu (?:nao estivesse ca|desaparecesse|morresse|nao existisse)\b",
    r"\bsou (?:so )?um peso\b",
    r"\bmagoei-me\b|\bmagoar-me\b",
]

PATTERNS["relationship_question"] = [
    r"\btens (?:namorado|namorada)\b|\bes solteira?\b|\bja beijaste\b",
]

# Bullying beyond name-calling: laughing at, shutting out, threats, contempt.
PATTERNS["insult"] += [
    r"\btoda a gente (?:se ri|goza) (?:de|contigo)\b|\btodos se riem de ti\b",
    r"\b(?:desaparece|vai-te embora|sai daqui|some daqui)\b",
    r"\bninguem quer (?:ser teu amigo|ser tua amiga|estar contigo)\b",
    r"\b(?:vamos|vou)-te (?:bater|partir a cara)\b|\bvou te bater\b",
    r"\bninguem quer saber de ti\b|\bninguem te perguntou\b",
    r"\bolha para ti\b",
    r"\bgente como tu\b",
    r"\b(?:falhad[oa]|totó|toto|otari[oa]|nerd|croma|bimb[oa]|palhac[oa])\b",
]

PATTERNS["secrecy"] += [
    r"\bfica entre nos\b|\bnao contes a ninguem\b|\bnao digas nada a ninguem\b|\bos teus pais nao precisam de saber\b",
]

PATTERNS["private_channel"] += [
    r"\b(?:adiciona-me|fala comigo|manda-me mensagem) no (?:snap|insta|telegram|whatsapp|signal|discord)\b|\bmais privad[oa]\b|\bmensagens temporarias\b|\bninguem (?:pode|consegue|vai) (?:ler|ver)\b",
]

PATTERNS["image_request"] += [
    r"\b(?:manda|envia)-me (?:uma |umas )?(?:foto|fotos|video|selfie)\b|\bquero ver-te\b|\bmostra-me\b",
]

PATTERNS["meet_up"] += [
    r"\b(?:podemos|queres) (?:encontrar-nos|ver-nos|combinar)\b|\bvou (?:ter contigo|buscar-te)\b|\bem que cidade moras\b|\bcomo se chama a tua escola\b|\bem que escola andas\b",
]

PATTERNS["grooming"] += [
    r"\bos teus pais (?:estao em casa|estao ai|saem)\b|\bquando os teus pais (?:saem|nao estao)\b|\b(?:ofereco-te|dou-te|compro-te)\b",
]

# Sexual talk aimed at the reader: sex, what they wear, their body, nudity.
PATTERNS["sexual"] += [
    r"\bfazer sexo\b|\bfazer amor\b|\bdormir juntos\b|\bo que tens vestido\b|\btocar-te\b|\btocar em ti\b|\bo teu corpo\b|\bfotos (?:sexy|quentes|hot)\b|\bnu[as]?\b"
]

# Worthlessness, self-hatred, wishing to be dead, giving up.
PATTERNS["self_harm"] += [
    r"\bnao valho nada\b|\bsou (?:um fracasso|inutil|um zero)\b",
    r"\bodeio-me\b|\bodeio a minha vida\b",
    r"\bpreferia (?:morrer|estar mort[oa])\b",
    r"\bdesisto de tudo\b",
]

# Hopelessness said briefly: what is the point, I want it all to stop, empty, tired of everything.
PATTERNS["self_harm"] += [
    r"\bpara que\b.{0,15}\b(?:viver|continuar)\b|\bqual e o sentido\b",
    r"\bquero que tudo (?:pare|acabe)\b",
    r"\bseria (?:mais facil|melhor) se eu nao\b",
    r"\bsinto-me vazi[oa]\b",
    r"\bcansad[oa] de tudo\b|\bfart[oa] de tudo\b",
]

# "You seem older than you are" is held alone; compliments on looks and maturity only add up.
PATTERNS["grooming"] += [PATTERNS["flattery"][1]]

# Shutting someone out, body shaming, telling them to leave.
PATTERNS["insult"] += [
    r"\bsai do grupo\b|\bnao te queremos\b|\bninguem te quer aqui\b",
    r"\bpara de comer\b|\bbaleia\b",
    r"\bvolta para a tua terra\b|\bvai para a tua terra\b",
    r"\bninguem quer (?:estar|falar|sentar-se|brincar) contigo\b",
    r"\bdás nojo\b|\bdas nojo\b|\bmete nojo\b",
]

# Without clothes, wanting the reader, in bed.
PATTERNS["sexual"] += [r"\bsem roupa\b|\bvontade de ti\b|\bna (?:tua|minha) cama\b|\bcoisas porcas\b"]

# Checking on the parents, moving to an app to download, pictures in nightwear.
PATTERNS["grooming"] += [
    r"\bos teus pais (?:veem|controlam|leem) o teu (?:telemovel|telefone)\b",
    r"\b(?:descarrega|instala|saca) (?:o )?(?:telegram|signal|kik|wickr|threema|session|wire|viber|whatsapp|snap(?:chat)?|discord)\b",
    r"\bde pijama\b.{0,20}\bfoto\b|\bfoto\b.{0,20}\bde pijama\b",
]

# Word lists by stem (a word starting with one of them matches), as in en.py.
LEXICON = {
    "you": r"tu\b|te\b|ti\b|teu|tua|voce|vc\b|contigo|es\b|estas\b|tens\b|moras\b",
    "self_harm": r"matar-me|me matar|matar me|suicidar|magoar-me|me magoar|tirar a minha vida|atirar-me|enforcar-me",
    "despair": r"quero desaparecer|queria desaparecer|vontade de desaparecer|quero morir|quero morrer|nao quero viver|nao quero mais viver|nao acordar|dormir para sempre|melhor sem mim|ninguem ia sentir a minha falta|ninguem sentiria|ninguem ia notar|um fardo|nao aguento mais|ja nao aguento|a minha vida nao faz sentido|acabar com tudo|cicatrizes|lamina|carta de despedida|odeio-me|me odeio|odeio a minha vida|nao valho nada|vazio por dentro|vazia por dentro|cansado de viver|cansada de viver",
    "slur": r"puta|filho da puta|caralho|foda-se|fode-te|vai te foder|paneleiro|viado|atrasad|mongoloide|cabrao|otario|vai morrer|mata-te|se mata|vai-te matar|vai te matar|mata-te|ninguem ia sentir falta|levas\b|vais levar|a saida levas|estas morto|estas morta",
    "insult": r"feio|feia|gordo|gorda|idiota|estupid|burro|burra|parvo|parva|imbecil|falhad|nojento|nojenta|da nojo|pateti|inutil|ninguem gosta de ti|ninguem gosta de voce|ninguem te quer|todos te odeiam|riem-se de ti|cala-te|cala a boca|desaparece|sai do grupo|cheiras mal|fedes|palhaco|porca|porco|baleia|vaca\b|vou-te bater|vou te bater|lixo|perdedor|loser",
    "hate": r"macaco|preto de merda|cigano de merda|volta para a tua terra|volta pro teu pais|volta para o teu pais|sieg heil",
    "sexual": r"nud[ae]s?\b|pelad|porno\b|sexo\b|foder|transar|broche|punheta|masturb|mamas|peitos|pila\b|piroca|cona\b|tesao|sexy|tira a roupa|roupa interior|cuecas|sutia|falar porcaria|coisas picantes|sextar|fotos picantes",
    "alone": r"sozinh|os teus pais (?:estao|nao estao|saem)|teus pais estao|alguem em casa|no teu quarto",
    "age": r"quantos anos|que idade|a tua idade|sua idade|em que ano andas|que ano andas|tens 1[0-7]|tem 1[0-7]|es menor",
    "secret": r"nosso segredo|segredo nosso|e segredo|entre nos|nao contes a ninguem|nao digas a ninguem|nao digas nada|nao conta pra ninguem|ninguem precisa de saber|ninguem precisa saber|apaga (?:a|as|o|os|esta|estas) (?:conversa|mensagens|chat)",
    "private": r"fala(?:mos)? (?:em|no|por) privado|chama no privado|manda no privado|chama-me no pv|onde ninguem (?:nos )?(?:pode|consegue) (?:ler|ver)|mensagens temporarias|chat secreto|(?:fala comigo no|vamos para o|passa para o) (?:snap|telegram|whatsapp|signal|insta|discord)",
    "gift": r"compro-te|te compro|ofereco-te|te ofereco|pago-te|te pago|dou-te (?:dinheiro|\d)|te dou (?:dinheiro|\d)|cartao presente",
    "mature": r"madura para a tua idade|madura pra tua idade|tao madura|muito madura|muito maduro|pareces mais velha|pareces mais velho|nao es como as outras|nao es como os outros|a idade e so um numero|so eu te entendo",
    "flattery": r"linda|lindo\b|gira\b|bonita|gostosa|sexy|perfeita|especial",
    "meet": r"encontrar-nos|encontrarmos|nos encontrar|ver-nos|vem a minha casa|vem ca a casa|vou-te buscar|vou te buscar|pessoalmente|ao vivo",
    "where": r"onde moras|onde vives|onde voce mora|que cidade|em que cidade|que escola|em que escola|a tua morada|teu endereco|que rua|que bairro",
    "send": r"manda-me|manda me|envia-me|envia me|manda\b|mostra-me|mostra me|deixa-me ver|quero ver|liga a camara|liga a camera",
    "picture": r"foto|selfie|nudes|video|camara|camera|corpo",
    "relapse": r"voltei a fazer|fiz outra vez|fiz de novo|recaida",
    "hidden": r"mangas compridas|mangas longas|escondem|ninguem ve|camisola",
    "give_away": r"dar as minhas coisas|dou as minhas coisas|vou dar as minhas|doar as minhas",
    "no_need": r"ja nao vou precisar|nao vou precisar|nao vou mais precisar",
    "last_post": r"minha ultima mensagem|meu ultimo post|ultima mensagem aqui",
    "goodbye": r"adeus|obrigada por tudo|obrigado por tudo",
    "harmless": r"debaixo do edredao|debaixo da manta|morta de rir|morto de rir|a morrer de rir",
}

# Advice and lessons said more broadly: "if someone …", telling an adult, warning signs, what groomers do.
PATTERNS["awareness"] += [
    r"\bse alguem\b|\bse um desconhecido\b|\bnunca (?:envies|mandes|partilhes|deves|se deve)\b|\bnao envies\b|\bnao partilhes\b",
    r"\b(?:conta|contem|fala|falem) (?:a|com) (?:um adulto|alguem de confianca|os teus pais|um professor|uma professora)\b|\badulto de confianca\b",
    r"\bsinais de (?:alerta|perigo|aviso)\b|\b(?:predadores|aliciadores|burloes|desconhecidos) (?:online )?(?:tentam|fingem|pedem|usam|costumam)\b",
    r"\blinha de (?:apoio|ajuda)\b|\ba (?:professora|stora|diretora de turma)\b|\bo (?:professor|stor|diretor de turma)\b|\bpsicologa da escola\b",
]
