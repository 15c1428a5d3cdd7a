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
